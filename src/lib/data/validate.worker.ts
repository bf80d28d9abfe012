// Web worker: parses and validates an imported dataset off the main thread, so that a large file
// is checked while the page hydrates. Messages: {id, text, file} in, {id, result} out.
import { validateDatasetText } from './import';

self.onmessage = (e: MessageEvent<{ id: number; text: string; file: string }>) => {
	const { id, text, file } = e.data;
	self.postMessage({ id, result: validateDatasetText(text, file) });
};
