// "Show this paragraph" from the search box on /: filter the timeline by it and bring it into view in
// the reader. Beside the timeline only the reader's own column scrolls (the filtered timeline stays
// in view); under it (narrow screens) the reader is opened and the page scrolls to the paragraph.
// Loaded when a paragraph is first chosen (browser only).
import { tick } from 'svelte';
import type { TimelineView } from '$lib/state/timeline-view.svelte';
import { isDocumentScroller, scrollParent, scrollToElement, scrollWithin } from '$lib/components/reader/scroll';

export async function showParagraph(view: TimelineView, ref: string): Promise<void> {
	view.paragraph = ref;
	const side = document.querySelector<HTMLDetailsElement>('.statement-side');
	if (!side) return;
	side.open = true;
	await tick();
	// A reader opened for the first time draws its paragraphs after its toggle event: wait for them.
	const id = `#${CSS.escape(ref.split('#')[1]!)}`;
	let p = side.querySelector(id);
	for (let i = 0; i < 30 && !p; i++) {
		await new Promise((resolve) => requestAnimationFrame(resolve));
		p = side.querySelector(id);
	}
	if (!p) return;
	const scroller = scrollParent(p);
	if (isDocumentScroller(scroller)) scrollToElement(p);
	else scrollWithin(scroller, p);
}
