// Runs validateDatasetText in a web worker (browser only); falls back to this thread when workers
// are unavailable or fail, so the result is always the same as validating here.
import ValidateWorker from './validate.worker?worker';
import type { ValidationResult } from './import';

/** Validation on this thread, loaded only when a worker cannot be used. */
const here = async (text: string, file: string) => (await import('./import')).validateDatasetText(text, file);

let next = 0;

export function validateInWorker(text: string, file: string): Promise<ValidationResult> {
	if (typeof Worker === 'undefined') return here(text, file);
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new ValidateWorker();
		} catch {
			resolve(here(text, file));
			return;
		}
		const id = ++next;
		worker.onmessage = (e: MessageEvent<{ id: number; result: ValidationResult }>) => {
			if (e.data.id !== id) return;
			worker.terminate();
			resolve(e.data.result);
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(here(text, file));
		};
		worker.postMessage({ id, text, file });
	});
}
