// Keyboard navigation over timeline marks. Input: events already sorted by time (t0, UTC ms), ties
// in array order; the functions do not re-sort. "Order" below means array order. An optional
// predicate filters out hidden events/lanes: filtered events are never returned, but the current
// event may itself be filtered (navigation then starts from its position). All functions are O(n)
// and return undefined when there is nothing to go to (they never wrap around).

export interface NavEvent {
	id: string;
	lane: number;
	/** Start time, UTC ms. */
	t0: number;
}

export type Direction = 1 | -1;
export type NavFilter<E extends NavEvent = NavEvent> = (event: E) => boolean;

function indexOfId(events: readonly NavEvent[], id: string): number {
	return events.findIndex((e) => e.id === id);
}

function step<E extends NavEvent>(
	events: readonly E[],
	id: string,
	dir: Direction,
	accept: (e: E, current: E) => boolean
): string | undefined {
	const i = indexOfId(events, id);
	if (i < 0) return undefined;
	const current = events[i]!;
	for (let j = i + dir; j >= 0 && j < events.length; j += dir) {
		const e = events[j]!;
		if (accept(e, current)) return e.id;
	}
	return undefined;
}

/** Next (dir 1) or previous (dir -1) visible event in the same lane as `id`; undefined at the end or for an unknown id. */
export function nextInLane<E extends NavEvent>(
	events: readonly E[],
	id: string,
	dir: Direction,
	include?: NavFilter<E>
): string | undefined {
	return step(events, id, dir, (e, cur) => e.lane === cur.lane && (!include || include(e)));
}

/** Previous/next visible event overall (any lane), e.g. for the details panel's buttons. */
export function stepInTime<E extends NavEvent>(
	events: readonly E[],
	id: string,
	dir: Direction,
	include?: NavFilter<E>
): string | undefined {
	return step(events, id, dir, (e) => !include || include(e));
}

/**
 * Visible event in `lane` whose t0 is nearest to `t` (for moving up/down between lanes).
 * On equal distance the earlier one (in array order) wins.
 */
export function nearestInLane<E extends NavEvent>(
	events: readonly E[],
	lane: number,
	t: number,
	include?: NavFilter<E>
): string | undefined {
	let best: E | undefined;
	let bestDist = Number.POSITIVE_INFINITY;
	for (const e of events) {
		if (e.lane !== lane || (include && !include(e))) continue;
		const d = Math.abs(e.t0 - t);
		if (d < bestDist) {
			best = e;
			bestDist = d;
		}
	}
	return best?.id;
}
