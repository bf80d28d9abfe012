// Attachment: keeps the CSS variable --side-top of an element at its distance from the top of the
// window, so that CSS can fit a sticky column to the window below its top (the timeline's side
// column: the panel and the reader under it both stay on screen). Measured once per frame after a
// scroll, a resize or a change of the page's size; the first time in the next frame, not in the
// middle of the render that attaches it (that would force a layout).
import type { Attachment } from 'svelte/attachments';

export const windowTop: Attachment<HTMLElement> = (el) => {
	let frame = 0;
	const top = () => el.style.setProperty('--side-top', `${Math.round(el.getBoundingClientRect().top)}px`);
	const measure = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(top);
	};
	measure();
	const resized = new ResizeObserver(measure);
	resized.observe(document.body);
	addEventListener('scroll', measure, { passive: true });
	addEventListener('resize', measure);
	return () => {
		cancelAnimationFrame(frame);
		resized.disconnect();
		removeEventListener('scroll', measure);
		removeEventListener('resize', measure);
	};
};
