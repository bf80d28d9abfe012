// d3-brush on the overview strip: shows the visible window and lets the user drag or draw a new
// one. d3 owns the <g> it is attached to (its overlay, selection and handles); Svelte renders
// nothing inside it. User brushing moves the view through view.mover; view changes move the brush.
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { select } from 'd3-selection';
import { brushX, type D3BrushEvent } from 'd3-brush';
import type { TimelineView } from '$lib/state/timeline-view.svelte';

export interface BrushOptions {
	view: TimelineView;
	/** px width and height of the strip */
	width: number;
	height: number;
	/** maps ms -> px and back over the full window */
	x: (t: number) => number;
	invert: (px: number) => number;
}

export function brushable(opts: () => BrushOptions): Attachment<SVGGElement> {
	return (node) => {
		const g = select(node);
		let programmatic = false;
		let userBrushing = false;
		const behaviour = brushX<unknown>()
			.on('start', (e: D3BrushEvent<unknown>) => {
				if (e.sourceEvent) userBrushing = true;
			})
			.on('brush end', (e: D3BrushEvent<unknown>) => {
			if (e.type === 'end') userBrushing = false;
			if (programmatic || !e.sourceEvent) return;
			const o = opts();
			const s = e.selection as [number, number] | null;
			if (!s) {
				// A click without a drag: centre the current span there.
				const [px] = [(e.sourceEvent as MouseEvent).offsetX ?? 0];
				const span = o.view.window[1] - o.view.window[0];
				const t = o.invert(px);
				o.view.moveTo([t - span / 2, t + span / 2], e.type === 'brush');
				return;
			}
			if (s[1] - s[0] < 2) return;
			o.view.moveTo([o.invert(s[0]), o.invert(s[1])], true);
		});

		$effect(() => {
			const o = opts();
			behaviour.extent([
				[0, 0],
				[o.width, o.height]
			]);
			g.call(behaviour);
			g.selectAll('.overlay').attr('aria-hidden', 'true');
		});

		$effect(() => {
			const o = opts();
			const [w0, w1] = o.view.window;
			const a = Math.max(0, Math.min(o.width, o.x(w0)));
			const b = Math.max(0, Math.min(o.width, o.x(w1)));
			untrack(() => {
				if (userBrushing) return;
				programmatic = true;
				g.call(behaviour.move, b - a >= 1 ? [a, b] : [Math.max(0, a - 1), Math.min(o.width, a + 1)]);
				programmatic = false;
			});
		});

		return () => {
			g.on('.brush', null);
		};
	};
}
