// Where the reader's attention goes: brings a paragraph into view when the selection changes, but
// never by scrolling the page itself or while the user is reading the reader (recent wheel, touch,
// key or pointer input inside it, or focus inside it): then it offers the paragraph instead
// (`offer`), and withdraws the offer once that paragraph has come into view. Browser only; create it
// in a component's script (it registers an effect).
import { isDocumentScroller, isInView, scrollParent, scrollToElement, scrollWithin } from './scroll';

/** How long after the user's last input inside the reader they count as reading it (ms). */
const READING_MS = 4000;

export class ParagraphFocus {
	/** The paragraph id offered with a "Go to paragraph" button, if any. */
	offer = $state<string | null>(null);
	#lastInput = 0;
	#root: () => HTMLElement | undefined;

	constructor(root: () => HTMLElement | undefined) {
		this.#root = root;
		// Withdraw the offer once its paragraph has come into view.
		$effect(() => {
			const pid = this.offer;
			const el = root();
			if (!pid || !el) return;
			const scroller = scrollParent(el);
			const target: EventTarget = isDocumentScroller(scroller) ? window : scroller;
			const check = () => {
				const p = this.byId(pid);
				if (p && isInView(p, scroller)) this.offer = null;
			};
			target.addEventListener('scroll', check, { passive: true });
			return () => target.removeEventListener('scroll', check);
		});
	}

	/** Records the user's input inside the reader; returns a function that stops listening. */
	listen(): () => void {
		const el = this.#root();
		const touch = () => (this.#lastInput = Date.now());
		const kinds = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
		for (const k of kinds) el?.addEventListener(k, touch, { passive: true });
		return () => kinds.forEach((k) => el?.removeEventListener(k, touch));
	}

	/** A paragraph of this reader (looked up inside it, not in the whole page). */
	byId(pid: string): HTMLElement | null {
		return this.#root()?.querySelector<HTMLElement>(`#${CSS.escape(pid)}`) ?? null;
	}

	/** Brings a paragraph into view if that moves nothing but the reader's own panel; else offers it. */
	reveal(pid: string): void {
		this.offer = null;
		const root = this.#root();
		const el = this.byId(pid);
		if (!el || !root) return;
		const scroller = scrollParent(root);
		if (isInView(el, scroller)) return;
		const reading = Date.now() - this.#lastInput < READING_MS || root.contains(document.activeElement);
		if (!reading && !isDocumentScroller(scroller)) scrollWithin(scroller, el);
		else this.offer = pid;
	}

	/** Goes to a paragraph (the user asked): scrolls to it and moves the focus there. */
	goTo(pid: string): void {
		this.offer = null;
		const el = this.byId(pid);
		if (!el) return;
		scrollToElement(el);
		el.focus({ preventScroll: true });
	}
}
