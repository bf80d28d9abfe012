// View state of one timeline instance: the model, the visible window (UTC ms), the plot width (px),
// hidden lanes, filters (paragraph, theme), the selected and the keyboard-active event. Everything
// computable is $derived; the d3-zoom attachment registers `mover` so that programmatic moves go
// through the same zoom behaviour as gestures. One instance per timeline, provided by context.
import { createContext } from 'svelte';
import type { EventModel, TimelineModel } from '$lib/data/model';
import { tr, type Locale } from '$lib/data/model';
import { indexLanes, labelWidth, layoutTimeline, type Layout } from '$lib/timeline/layout';
import { clampWindow, fitAll, type Window } from '$lib/timeline/zoom';
import { nearestInLane, nextInLane, stepInTime } from '$lib/timeline/navigation';

export const DAY = 86_400_000;
/** Zoom limits: at most this much time in view... */
export const MIN_SPAN = 14 * DAY;
/** ...or this much when the data has times of day. */
export const MIN_SPAN_TIMES = 30 * 60_000;

export interface Mover {
	/** Moves the view to `window`, animated unless `instant` (or reduced motion). */
	to(window: Window, instant?: boolean): void;
	/** Zooms by `factor` around the window's centre (> 1 zooms in). */
	zoomBy(factor: number): void;
	/** Pans by a fraction of the visible span (positive = later). */
	panBy(fraction: number): void;
}

export class TimelineView {
	model = $state.raw<TimelineModel>(null!);
	locale = $state<Locale>('en');
	width = $state(800);
	window = $state.raw<Window>([0, 1]);
	hidden = $state.raw<Set<string>>(new Set());
	paragraph = $state<string | undefined>(undefined);
	theme = $state<string | undefined>(undefined);
	selectedId = $state<string | undefined>(undefined);
	/** The mark that takes the Tab stop (roving tabindex). */
	activeId = $state<string | undefined>(undefined);
	mover: Mover | undefined;
	/** Events put forward from outside (a presentation scene, search results); others are dimmed. */
	spotlight = $state.raw<Set<string> | undefined>(undefined);
	/** The data came from ?data= (no prerendered event pages exist for it). */
	external = $state(false);

	constructor(model: TimelineModel, locale: Locale) {
		this.model = model;
		this.locale = locale;
		this.window = this.fullWindow;
	}

	/** The padded extent of the data: what "fit all" shows. */
	get fullWindow(): Window {
		return fitAll(this.model.extent, 0.03);
	}

	/** Zoom limits (ms): two weeks (half an hour for data with times of day) to three times the whole extent. */
	get limits() {
		const span = this.fullWindow[1] - this.fullWindow[0];
		const min = this.model.hasTimes ? MIN_SPAN_TIMES : MIN_SPAN;
		return { minSpanMs: min, maxSpanMs: Math.max(span * 3, min * 2), padMs: span };
	}

	lanes = $derived(
		indexLanes(
			this.model.events.map((e) => ({
				id: e.id,
				lane: e.lane,
				t0: e.t0,
				t1: e.t1,
				isSpan: e.isSpan,
				importance: e.importance,
				index: e.index,
				// The featured event's label is bold behind a larger marker.
				labelPx: labelWidth(tr(e.short ?? e.title, this.locale)) + (e.id === this.model.documents[0]?.eventId ? 22 : 0)
			})),
			this.model.tracks.length
		)
	);

	/** Lane indexes in display order, without the hidden ones. */
	order = $derived(this.model.tracks.filter((t) => !this.hidden.has(t.id)).map((t) => t.index));

	layout: Layout = $derived(
		layoutTimeline(this.lanes, this.order, this.window, { width: this.width, headerPx: 18 })
	);

	/** Events matching the paragraph and theme filters and the spotlight (undefined: no filter). */
	highlighted = $derived.by(() => {
		if (!this.paragraph && !this.theme && !this.spotlight) return undefined;
		const ids = new Set<string>();
		const ref = this.paragraph;
		const spot = this.spotlight;
		for (const e of this.model.events)
			if (
				(!ref || e.paragraphs.some((p) => p.ref === ref)) &&
				(!this.theme || e.themes.includes(this.theme)) &&
				(!spot || spot.has(e.id))
			)
				ids.add(e.id);
		return ids;
	});

	selected: EventModel | undefined = $derived(this.selectedId ? this.model.byId.get(this.selectedId) : undefined);

	/** An event is listed/navigable when its lane is shown and it matches the filters. */
	isIncluded = (e: EventModel): boolean =>
		!this.hidden.has(e.track) && (!this.highlighted || this.highlighted.has(e.id));

	setWindow(w: Window) {
		this.window = clampWindow(this.model.extent, w, this.limits);
	}

	select(id: string | undefined) {
		this.selectedId = id && this.model.byId.has(id) ? id : undefined;
		if (this.selectedId) this.activeId = this.selectedId;
	}

	/**
	 * Brings an event into view with the least movement: a shift when it fits at the current zoom
	 * (staying within the data's extent where possible), else zoomed out enough to show it whole.
	 */
	reveal(id: string, instant = false) {
		const e = this.model.byId.get(id);
		if (!e) return;
		const [w0, w1] = this.window;
		const span = w1 - w0;
		const margin = Math.min(span * 0.08, (span - (e.t1 - e.t0)) / 2);
		if (margin < 0) {
			const need = (e.t1 - e.t0) * 1.25;
			const mid = (e.t0 + e.t1) / 2;
			this.moveTo([mid - need / 2, mid + need / 2], instant);
			return;
		}
		let shift = 0;
		if (e.t0 < w0 + margin) shift = e.t0 - margin - w0;
		else if (e.t1 > w1 - margin) shift = e.t1 + margin - w1;
		if (!shift) return;
		const [f0, f1] = this.fullWindow;
		if (span <= f1 - f0) shift = Math.max(f0 - w0, Math.min(f1 - w1, shift));
		if (shift) this.moveTo([w0 + shift, w1 + shift], instant);
	}

	moveTo(w: Window, instant = false) {
		if (this.mover) this.mover.to(w, instant);
		else this.setWindow(w);
	}

	fit(instant = false) {
		this.moveTo(this.fullWindow, instant);
	}

	toggleTrack(id: string) {
		const next = new Set(this.hidden);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		// Never hide every lane.
		if (next.size < this.model.tracks.length) this.hidden = next;
	}

	/** Keyboard movement between marks: arrows within a lane, up/down between lanes. */
	neighbour(id: string, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'): string | undefined {
		const events = this.model.events;
		const include = this.isIncluded;
		const cur = this.model.byId.get(id);
		if (!cur) return undefined;
		if (key === 'ArrowRight') return nextInLane(events, id, 1, include);
		if (key === 'ArrowLeft') return nextInLane(events, id, -1, include);
		if (key === 'Home' || key === 'End') {
			const inLane = events.filter((e) => e.lane === cur.lane && include(e));
			return (key === 'Home' ? inLane[0] : inLane[inLane.length - 1])?.id;
		}
		const pos = this.order.indexOf(cur.lane);
		const dir = key === 'ArrowDown' ? 1 : -1;
		for (let i = pos + dir; i >= 0 && i < this.order.length; i += dir) {
			const found = nearestInLane(events, this.order[i]!, cur.t0, include);
			if (found) return found;
		}
		return undefined;
	}

	/** Previous/next event in time across lanes (the panel's buttons). */
	step(dir: 1 | -1): string | undefined {
		return this.selectedId ? stepInTime(this.model.events, this.selectedId, dir, this.isIncluded) : undefined;
	}
}

export const [getTimelineView, setTimelineView] = createContext<TimelineView>();
