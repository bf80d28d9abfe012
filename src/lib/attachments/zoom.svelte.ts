// The only bridge between d3-zoom and the view: interprets wheel, drag, pinch and double-click on
// the plot element and writes the resulting window into TimelineView. Programmatic moves (fit,
// go to event, keys, buttons) go through the same behaviour (view.mover), so d3's stored transform
// never diverges from ours. Horizontal wheel (trackpads) pans; touch keeps vertical page scrolling.
// Loaded after 'timeline:ready' (Plot.svelte): until then the buttons and keys move the view directly.
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { TimelineView } from '$lib/state/timeline-view.svelte';
import { partReady } from '$lib/state/ready';
import {
	clampWindow,
	scaleExtentFor,
	transformForWindow,
	windowForTransform,
	type Window
} from '$lib/timeline/zoom';

const reducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function zoomable(view: TimelineView): Attachment<HTMLElement> {
	return (node) => {
		const sel = select(node);
		const base = (): Window => view.fullWindow;
		const width = () => Math.max(1, view.width);
		const toTransform = (w: Window): ZoomTransform => {
			const t = transformForWindow(base(), width(), w);
			return zoomIdentity.translate(t.x, 0).scale(t.k);
		};

		const behaviour = d3zoom<HTMLElement, unknown>()
			// The plot's extent from the view (d3 would otherwise read the element's size, a forced
			// layout, on every gesture and programmatic move). Only x matters.
			.extent(() => [
				[0, 0],
				[width(), 1]
			])
			.scaleExtent(scaleExtentFor(base(), view.limits))
			// Keep the window within limits: d3 asks before applying every gesture step.
			.constrain((t) => {
				const w = windowForTransform(base(), width(), t);
				const c = clampWindow(view.model.extent, w, view.limits);
				return c[0] === w[0] && c[1] === w[1] ? t : toTransform(c);
			})
			// Horizontal wheel is handled below as a pan; secondary buttons are ignored.
			.filter((e: Event) => {
				if (e.type === 'wheel') {
					const w = e as WheelEvent;
					return Math.abs(w.deltaY) >= Math.abs(w.deltaX);
				}
				const m = e as MouseEvent;
				return !m.ctrlKey && !m.button;
			})
			.on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
				view.setWindow(windowForTransform(base(), width(), e.transform));
			});

		sel.call(behaviour).on('dblclick.zoom', null);
		// Double-click zooms in around the pointer (shift: out), animated unless reduced motion.
		sel.on('dblclick.tl', (e: MouseEvent) => {
			if ((e.target as HTMLElement).closest('button')) return;
			const [x] = [e.offsetX];
			const factor = e.shiftKey ? 0.5 : 2;
			const t = reducedMotion() ? sel : sel.transition().duration(300);
			(t as typeof sel).call(behaviour.scaleBy, factor, [x, 0]);
		});
		// Touch screens: the plot's CSS (touch-action: pan-y) lets the page scroll vertically;
		// pinch and horizontal drags still zoom and pan.
		// touch-action alone is not enough: d3 cancels every touchmove it sees, which blocks the
		// page's scrolling. So d3 does not see a one-finger move until it is clearly horizontal,
		// and never sees it when it is vertical (a scroll). d3 pans from where the finger started,
		// so the moves it misses lose nothing. Two fingers (pinch) always go to d3.
		let touchFrom: { x: number; y: number } | undefined;
		let touchMode: 'pan' | 'scroll' | undefined;
		const onTouchStart = (e: TouchEvent) => {
			const t = e.touches[0];
			if (e.touches.length === 1 && t) {
				touchFrom = { x: t.clientX, y: t.clientY };
				touchMode = undefined;
			} else touchMode = 'pan';
		};
		const onTouchMove = (e: TouchEvent) => {
			const t = e.touches[0];
			if (touchMode === 'pan' || e.touches.length !== 1 || !t || !touchFrom) return;
			if (touchMode === undefined) {
				const dx = Math.abs(t.clientX - touchFrom.x);
				const dy = Math.abs(t.clientY - touchFrom.y);
				if (Math.max(dx, dy) >= 6) touchMode = dx >= dy ? 'pan' : 'scroll';
				if (touchMode === 'pan') return;
			}
			e.stopImmediatePropagation();
		};
		// Capture phase: these run before d3's listeners on the same node.
		node.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
		node.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });

		const onWheel = (e: WheelEvent) => {
			if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
			e.preventDefault();
			const k = (node as unknown as { __zoom: ZoomTransform }).__zoom?.k ?? 1;
			behaviour.translateBy(sel, -e.deltaX / k, 0);
		};
		node.addEventListener('wheel', onWheel, { passive: false });

		view.mover = {
			to(w, instant) {
				const t = toTransform(clampWindow(view.model.extent, w, view.limits));
				if (instant || reducedMotion()) sel.interrupt().call(behaviour.transform, t);
				else sel.transition().duration(450).call(behaviour.transform, t);
			},
			zoomBy(factor) {
				if (reducedMotion()) sel.call(behaviour.scaleBy, factor);
				else sel.transition().duration(200).call(behaviour.scaleBy, factor);
			},
			panBy(fraction) {
				const t = (node as unknown as { __zoom: ZoomTransform }).__zoom ?? zoomIdentity;
				const dx = -fraction * width() / t.k;
				if (reducedMotion()) sel.call(behaviour.translateBy, dx, 0);
				else sel.transition().duration(200).call(behaviour.translateBy, dx, 0);
			}
		};

		// When the width or the data change, re-express the current window in d3's coordinates.
		$effect(() => {
			void view.width;
			void view.model;
			untrack(() => {
				behaviour.scaleExtent(scaleExtentFor(base(), view.limits));
				sel.interrupt().call(behaviour.transform, toTransform(view.window));
			});
		});

		// Gestures work from here on (the attachment loads after 'timeline:ready').
		partReady('zoom');

		return () => {
			view.mover = undefined;
			node.removeEventListener('wheel', onWheel);
			node.removeEventListener('touchstart', onTouchStart, { capture: true });
			node.removeEventListener('touchmove', onTouchMove, { capture: true });
			sel.interrupt().on('.zoom', null).on('dblclick.tl', null);
		};
	};
}
