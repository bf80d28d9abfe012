// Greedy label placement without overlaps, in screen pixels.
// A candidate label occupies [x, x + width) in its row (x is the label's LEFT edge, not the mark).
// Invariants of the result: every shown label lies within [minX, maxX]; in one row, any two shown
// labels a (left) and b satisfy a.x + a.width + padding <= b.x. Only label-label overlaps in the same
// row are considered (not marks). Priority: higher importance, then lower `order`, then lower
// `rank`, then id. Candidates of one `group` are alternative places for the same label (right or
// left of its mark): the first that fits is shown, the others are skipped.
// O(n log n) for sorting plus binary search per candidate in per-row sorted interval lists.

export interface LabelCandidate {
	id: string;
	/** Sub-row (or any key) within which labels compete; labels of different rows never collide. */
	row: number;
	/** Left edge of the label, px. */
	x: number;
	/** Label width, px (must be finite and >= 0, otherwise the label is never shown). */
	width: number;
	/** Higher wins. */
	importance: number;
	/** Tie-breaker for equal importance: lower (earlier) wins. */
	order: number;
	/** Alternatives of one label share a group: at most one of them is shown. */
	group?: string;
	/** Preference among a group's alternatives (same importance and order): lower is tried first. */
	rank?: number;
}

export interface LabelOptions {
	/** Left bound of the visible area, px (default 0). */
	minX?: number;
	/** Right bound of the visible area, px. */
	maxX: number;
	/** Required free space between two labels of one row, px (default 0). */
	padding?: number;
}

interface RowIntervals {
	starts: number[];
	ends: number[];
}

/** Index of the first element of the sorted array that is > value. */
function upperBound(sorted: number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Compares candidates by priority: importance desc, order asc, id asc (fully deterministic). */
export function compareLabelPriority(a: LabelCandidate, b: LabelCandidate): number {
	return (
		b.importance - a.importance ||
		a.order - b.order ||
		(a.rank ?? 0) - (b.rank ?? 0) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * Chooses which labels to show: greedily by priority, a label is shown if it fits in [minX, maxX]
 * and does not come within `padding` of an already shown label in the same row.
 * @returns the ids of the shown labels
 */
export function placeLabels(candidates: readonly LabelCandidate[], opts: LabelOptions): Set<string> {
	const minX = opts.minX ?? 0;
	const maxX = opts.maxX;
	const padding = Math.max(0, opts.padding ?? 0);
	const shown = new Set<string>();
	const placedGroups = new Set<string>();
	const rows = new Map<number, RowIntervals>();
	const sorted = candidates
		.filter((c) => Number.isFinite(c.x) && Number.isFinite(c.width) && c.width >= 0)
		.sort(compareLabelPriority);

	for (const c of sorted) {
		const left = c.x;
		const right = c.x + c.width;
		if (left < minX || right > maxX || shown.has(c.id)) continue;
		if (c.group !== undefined && placedGroups.has(c.group)) continue;
		let row = rows.get(c.row);
		if (!row) {
			row = { starts: [], ends: [] };
			rows.set(c.row, row);
		}
		// Shown intervals in a row are disjoint, so both starts and ends are sorted.
		const i = upperBound(row.starts, left);
		const prevEnd = i > 0 ? row.ends[i - 1]! : Number.NEGATIVE_INFINITY;
		const nextStart = i < row.starts.length ? row.starts[i]! : Number.POSITIVE_INFINITY;
		if (prevEnd + padding > left || right + padding > nextStart) continue;
		row.starts.splice(i, 0, left);
		row.ends.splice(i, 0, right);
		shown.add(c.id);
		if (c.group !== undefined) placedGroups.add(c.group);
	}
	return shown;
}
