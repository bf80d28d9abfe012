// Interval packing of a lane's items into sub-rows ("swim-lane stacking").
// Units are whatever the caller uses (typically ms converted so that a point event gets `minLength` =
// marker + label width at the current zoom). Intervals are half-open: an item occupies
// [start, max(end, start + minLength)) and additionally needs `gap` free units after it.
// Invariant of the result: within a row, for consecutive items a, b (by start), occEnd(a) + gap <= b.start.
// Greedy first-fit in start order (ties by input index), so the result is deterministic and rows form
// a contiguous prefix 0..rowCount-1. Runs in O(n log n) using a min-segment-tree over row end positions.

/** An item to pack; `end` may be less than `start` (treated as a point) but both must be finite. */
export interface PackItem {
	start: number;
	end: number;
}

export interface PackOptions {
	/** Minimum occupied length of any item (default 0). Pass > 0 for point events. */
	minLength?: number;
	/** Free space required between neighbouring items in one row (default 0). */
	gap?: number;
	/** Maximum number of rows (default unlimited); items that do not fit get row -1. */
	maxRows?: number;
}

export interface PackResult {
	/** Row of each input item, by input index; -1 for overflow. */
	rows: Int32Array;
	/** Number of rows actually used (max row + 1). */
	rowCount: number;
	/** Number of items that got row -1. */
	overflow: number;
}

/**
 * Packs intervals into the fewest greedy first-fit rows: each item, in order of start (stable by
 * input index), goes into the lowest row where it does not overlap the row's last item plus `gap`.
 */
export function packRows(items: readonly PackItem[], opts: PackOptions = {}): PackResult {
	const n = items.length;
	const minLength = Math.max(0, opts.minLength ?? 0);
	const gap = Math.max(0, opts.gap ?? 0);
	const maxRows = Math.max(0, Math.floor(opts.maxRows ?? Number.POSITIVE_INFINITY));
	const rows = new Int32Array(n).fill(-1);
	const cap = Math.min(n, maxRows);
	if (n === 0) return { rows, rowCount: 0, overflow: 0 };

	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	const starts = new Float64Array(n);
	for (let i = 0; i < n; i++) starts[i] = items[i]!.start;
	order.sort((a, b) => starts[a]! - starts[b]! || a - b);

	// Segment tree (size = power of two >= cap) of the position from which each row is free.
	// Unused rows hold -Infinity so the leftmost free row is always "used rows first, then a new one".
	let size = 1;
	while (size < cap) size *= 2;
	const tree = new Float64Array(2 * size).fill(Number.POSITIVE_INFINITY);
	for (let r = 0; r < cap; r++) tree[size + r] = Number.NEGATIVE_INFINITY;
	for (let i = size - 1; i >= 1; i--) tree[i] = Math.min(tree[2 * i]!, tree[2 * i + 1]!);

	let rowCount = 0;
	let overflow = 0;
	for (let k = 0; k < n; k++) {
		const i = order[k]!;
		const item = items[i]!;
		const start = item.start;
		if (cap === 0 || tree[1]! > start) {
			overflow++;
			continue;
		}
		// Descend to the leftmost leaf whose free position <= start.
		let node = 1;
		while (node < size) node = tree[2 * node]! <= start ? 2 * node : 2 * node + 1;
		const row = node - size;
		rows[i] = row;
		if (row + 1 > rowCount) rowCount = row + 1;
		tree[node] = Math.max(item.end, start + minLength) + gap;
		for (node >>= 1; node >= 1; node >>= 1) tree[node] = Math.min(tree[2 * node]!, tree[2 * node + 1]!);
	}
	return { rows, rowCount, overflow };
}
