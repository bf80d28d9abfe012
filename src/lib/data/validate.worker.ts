// Web worker: parses and validates an imported dataset off the main thread. app.html's inline
// script starts it as soon as the page is parsed (validate-in-worker.ts when that was not
// possible), so that a large file is checked while the page loads and hydrates.
// Messages: {id, text, file} in, {id, result: ValidationResult} out.
import { validateDatasetText } from './import';

self.onmessage = (e: MessageEvent<{ id: number; text: string; file: string }>) => {
	const { id, text, file } = e.data;
	self.postMessage({ id, result: validateDatasetText(text, file) });
};
