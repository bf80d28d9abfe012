// importText in a web worker (browser only), with progress; falls back to this thread when workers
// are unavailable or fail, so the result is always the same as importing here.
import ImportWorker from './import.worker?worker';
import type { ImportOptions, ImportResult } from './types';

/** The importer on this thread, loaded only when a worker cannot be used. */
const here = async (text: string, opts: ImportOptions) => (await import('./index')).importText(text, opts);

let next = 0;

export function importInWorker(text: string, opts: ImportOptions = {}, onProgress?: (done: number) => void): Promise<ImportResult> {
	const { onProgress: _fn, ...plain } = opts;
	const progress = onProgress ?? opts.onProgress;
	if (typeof Worker === 'undefined') return here(text, { ...plain, onProgress: progress });
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new ImportWorker();
		} catch {
			resolve(here(text, { ...plain, onProgress: progress }));
			return;
		}
		const id = ++next;
		worker.onmessage = (e: MessageEvent<{ id: number; progress?: number; result?: ImportResult }>) => {
			if (e.data.id !== id) return;
			if (e.data.result === undefined) return progress?.(e.data.progress ?? 0);
			worker.terminate();
			resolve(e.data.result);
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(here(text, { ...plain, onProgress: progress }));
		};
		worker.postMessage({ id, text, opts: plain });
	});
}
