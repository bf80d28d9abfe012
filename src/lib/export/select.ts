// Which events an export contains, and what its file is called. Every export takes the model plus
// an optional filter (what the view shows) and an optional window (UTC ms, [start, end)); an event
// is exported when it passes the filter and overlaps the window. Pure.
import type { EventModel, TimelineModel } from '$lib/data/model';
import { isoDay } from '$lib/timeline/time';

export interface ExportScope {
	/** Keep only events for which this returns true (e.g. the timeline's lane and theme filters). */
	filter?: (e: EventModel) => boolean;
	/** Keep only events that overlap this window, UTC ms [start, end). */
	window?: [number, number];
}

/** The model's events in the scope, in chronological order. */
export function selectEvents(model: TimelineModel, scope: ExportScope = {}): EventModel[] {
	const { filter, window } = scope;
	return model.events.filter(
		(e) => (!window || (e.t1 > window[0] && e.t0 < window[1])) && (!filter || filter(e))
	);
}

/**
 * A file name for an export: "iis-timeline" + the window's first and last day when scoped
 * ("iis-timeline-2019-01-01_2020-12-31.csv"). Only [a-z0-9._-] characters.
 */
export function exportFileName(ext: string, window?: [number, number], base = 'iis-timeline'): string {
	const range = window ? `-${isoDay(window[0])}_${isoDay(window[1] - 1)}` : '';
	return `${base}${range}.${ext}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
}
