// Web worker: imports a dataset off the main thread (parse, validate, cross-check). app.html's
// inline script starts it as soon as the page is parsed for ?data=; importInWorker (in-worker.ts)
// starts it for files, drops and pastes. Messages: {id, text, opts} in; {id, progress} now and
// then, and {id, result: ImportResult} at the end.
import { importText } from './index';
import type { ImportOptions } from './types';

self.onmessage = (e: MessageEvent<{ id: number; text: string; opts?: ImportOptions }>) => {
	const { id, text, opts } = e.data;
	let last = 0;
	const onProgress = (done: number) => {
		const now = Date.now();
		if (now - last < 50 && done < 1) return;
		last = now;
		self.postMessage({ id, progress: done });
	};
	self.postMessage({ id, result: importText(text, { ...opts, onProgress }) });
};
