// Saves a file from the browser: a Blob behind an object URL, clicked through a temporary
// <a download>. The URL is revoked afterwards. Browser only; throws during SSR.
export function downloadBlob(blob: Blob, filename: string): void {
	if (typeof document === 'undefined') throw new Error('downloadBlob runs in the browser only');
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke after the click has been handled (some browsers read the URL asynchronously).
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a UTF-8 file of the given MIME type. */
export function downloadText(text: string, filename: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}
