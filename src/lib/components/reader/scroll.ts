// Scrolling helpers for the reader (browser only): the element that scrolls a paragraph, whether a
// paragraph is in view there, and scrolling one container without moving the page around it.
// Motion respects prefers-reduced-motion.

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
export function scrollParent(el: Element): Element {
	for (let p = el.parentElement; p; p = p.parentElement) {
		const { overflowY } = getComputedStyle(p);
		if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
	}
	return document.scrollingElement ?? document.documentElement;
}

export const isDocumentScroller = (s: Element): boolean =>
	s === document.scrollingElement || s === document.documentElement || s === document.body;

/** The scroller's scroll-padding-top in px (room kept for a sticky heading), 0 when unset. */
const paddingTop = (s: Element): number => parseFloat(getComputedStyle(s).scrollPaddingTop) || 0;

/** The part of the window where the scroller shows its content (below its scroll-padding-top). */
function viewport(s: Element): { top: number; bottom: number } {
	if (isDocumentScroller(s)) return { top: paddingTop(s), bottom: window.innerHeight };
	const r = s.getBoundingClientRect();
	return { top: r.top + paddingTop(s), bottom: r.bottom };
}

/** Whether the top part (the first `margin` px) of `el` is visible in its scroller. */
export function isInView(el: Element, scroller: Element, margin = 48): boolean {
	const r = el.getBoundingClientRect();
	const v = viewport(scroller);
	return r.top >= v.top - 1 && r.top + Math.min(margin, r.height) <= v.bottom;
}

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls only `scroller` (never the page) so that `el` starts near its top (below its scroll-padding-top). */
export function scrollWithin(scroller: Element, el: Element): void {
	const top = scroller.scrollTop + el.getBoundingClientRect().top - viewport(scroller).top - 8;
	scroller.scrollTo({ top, behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/** Brings `el` to the top of the view (the user asked for it). */
export function scrollToElement(el: Element): void {
	el.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/**
 * Remembers where the first paragraph (section[id]) in view inside `root` is on screen; the returned
 * function scrolls back so that it is there again (call it after a layout change).
 */
export function readingAnchor(root: Element): (() => void) | undefined {
	const scroller = scrollParent(root);
	if ((isDocumentScroller(scroller) ? window.scrollY : scroller.scrollTop) === 0) return undefined;
	const v = viewport(scroller);
	const el = [...root.querySelectorAll('section[id]')].find((s) => s.getBoundingClientRect().bottom > v.top);
	if (!el) return undefined;
	const before = el.getBoundingClientRect().top;
	return () => {
		const delta = el.getBoundingClientRect().top - before;
		if (Math.abs(delta) < 1) return;
		if (isDocumentScroller(scroller)) window.scrollBy(0, delta);
		else scroller.scrollTop += delta;
	};
}
