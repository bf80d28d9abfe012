// Copies text to the clipboard: the async Clipboard API where the page may use it, else the old
// execCommand('copy') on a temporary, invisible textarea. Resolves to whether the copy succeeded.
// Browser only. Focus is given back to the element that had it.
export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Denied or unavailable (insecure context, iframe without permission): try the fallback.
	}
	const previous = document.activeElement as HTMLElement | null;
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.setAttribute('aria-hidden', 'true');
	area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
	document.body.append(area);
	area.select();
	let ok = false;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	area.remove();
	previous?.focus({ preventScroll: true });
	return ok;
}
