// Web worker: parses and validates an imported dataset and builds its model off the main thread,
// so that a large file is checked while the page loads and hydrates. It is started by app.html's
// inline script as soon as the page is parsed (or by parse-in-worker.ts). Messages:
// {id, text, file} in, {id, result: ImportResult} out (the model crosses by structured clone).
import { parseDatasetText } from './import';

self.onmessage = (e: MessageEvent<{ id: number; text: string; file: string }>) => {
	const { id, text, file } = e.data;
	self.postMessage({ id, result: parseDatasetText(text, file) });
};
