// Aggregation for dense lanes: counts of items per equal-width bin of a time window (UTC ms).
// Bins are half-open: bin i covers [w0 + i·b, w0 + (i+1)·b) with b = (w1 - w0) / binCount, so an item
// starting exactly at w1 is not counted. binCounts on sorted starts costs O(log n + k + binCount)
// (k = items inside the window); unsorted input and binSpans cost O(n + binCount).
// An invalid window (w1 <= w0, non-finite) or binCount < 1 yields all-zero / empty counts; never throws.

export type Window = [number, number];
type Numbers = Float64Array | readonly number[];

/** Index of the first element >= value in an ascending array. */
export function lowerBound(sorted: Numbers, value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function binsFor(window: Window, binCount: number): { bins: Uint32Array; ok: boolean } {
	const n = Number.isFinite(binCount) ? Math.max(0, Math.floor(binCount)) : 0;
	const [w0, w1] = window;
	return { bins: new Uint32Array(n), ok: n > 0 && Number.isFinite(w0) && Number.isFinite(w1) && w1 > w0 };
}

/**
 * Counts items whose start lies in each bin of `window`.
 * @param sortedAscending pass true only if `starts` is sorted ascending (enables binary search)
 */
export function binCounts(starts: Numbers, sortedAscending: boolean, window: Window, binCount: number): Uint32Array {
	const { bins, ok } = binsFor(window, binCount);
	if (!ok) return bins;
	const [w0, w1] = window;
	const scale = bins.length / (w1 - w0);
	const last = bins.length - 1;
	const from = sortedAscending ? lowerBound(starts, w0) : 0;
	const to = sortedAscending ? lowerBound(starts, w1) : starts.length;
	for (let i = from; i < to; i++) {
		const s = starts[i]!;
		if (!(s >= w0 && s < w1)) continue;
		bins[Math.min(last, Math.floor((s - w0) * scale))]!++;
	}
	return bins;
}

/**
 * Counts, for each bin of `window`, the items whose [start, end) overlaps the bin. An item with
 * end <= start is counted as a point at start. Uses a difference array: O(n + binCount).
 */
export function binSpans(starts: Numbers, ends: Numbers, window: Window, binCount: number): Uint32Array {
	const { bins, ok } = binsFor(window, binCount);
	if (!ok) return bins;
	const [w0, w1] = window;
	const n = bins.length;
	const scale = n / (w1 - w0);
	const diff = new Int32Array(n + 1);
	const count = Math.min(starts.length, ends.length);
	for (let i = 0; i < count; i++) {
		const s = starts[i]!;
		const e = ends[i]!;
		let first: number;
		let lastBin: number;
		if (!(e > s)) {
			if (!(s >= w0 && s < w1)) continue;
			first = lastBin = Math.min(n - 1, Math.floor((s - w0) * scale));
		} else {
			if (!(s < w1 && e > w0)) continue;
			first = s <= w0 ? 0 : Math.min(n - 1, Math.floor((s - w0) * scale));
			lastBin = e >= w1 ? n - 1 : Math.min(n - 1, Math.ceil((e - w0) * scale) - 1);
			if (lastBin < first) lastBin = first;
		}
		diff[first]!++;
		diff[lastBin + 1]!--;
	}
	let running = 0;
	for (let b = 0; b < n; b++) {
		running += diff[b]!;
		bins[b] = running;
	}
	return bins;
}
