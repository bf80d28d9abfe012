import { describe, expect, it } from 'vitest';
import { rng } from './test-rng';
import { binCounts, binSpans, lowerBound, type Window } from './density';


/** Reference implementation: checks every item against every bin. */
function naiveSpans(starts: number[], ends: number[], [w0, w1]: Window, n: number): number[] {
	const b = (w1 - w0) / n;
	return Array.from({ length: n }, (_, i) => {
		const lo = w0 + i * b;
		const hi = i === n - 1 ? w1 : w0 + (i + 1) * b;
		return starts.filter((s, k) => {
			const e = ends[k]!;
			return e > s ? s < hi && e > lo : s >= lo && s < hi;
		}).length;
	});
}

describe('lowerBound', () => {
	it.each<[number[], number, number]>([
		[[], 5, 0],
		[[1, 2, 3], 0, 0],
		[[1, 2, 2, 3], 2, 1],
		[[1, 2, 3], 4, 3]
	])('lowerBound(%j, %d) = %d', (arr, v, expected) => expect(lowerBound(arr, v)).toBe(expected));
});

describe('binCounts', () => {
	it.each<[string, number[], boolean, Window, number, number[]]>([
		['counts starts per bin', [0, 1, 5, 9.99], true, [0, 10], 2, [2, 2]],
		['excludes items at the window end (half-open)', [0, 10], true, [0, 10], 2, [1, 0]],
		['excludes items before the window', [-1, 3], true, [0, 10], 1, [1]],
		['puts a start on a bin boundary into the later bin', [5], true, [0, 10], 2, [0, 1]],
		['works on unsorted input when told so', [9, 1, 5, -3, 12, 2], false, [0, 10], 5, [1, 1, 1, 0, 1]],
		['returns zeros for an empty window', [1, 2], true, [5, 5], 3, [0, 0, 0]],
		['returns an empty array for binCount 0', [1, 2], true, [0, 10], 0, []]
	])('%s', (_name, starts, sorted, window, n, expected) => {
		expect(Array.from(binCounts(starts, sorted, window, n))).toEqual(expected);
	});

	it('gives the same result for sorted and unsorted paths on 100k items (1% window)', () => {
		const random = rng(1);
		const starts = new Float64Array(100_000).map(() => random() * 1e9).sort();
		const window: Window = [5e8, 5.1e8];
		const fast = binCounts(starts, true, window, 50);
		const slow = binCounts(starts, false, window, 50);
		expect(Array.from(fast)).toEqual(Array.from(slow));
		const total = fast.reduce((a, b) => a + b, 0);
		expect(total).toBe(starts.filter((s) => s >= window[0] && s < window[1]).length);
		expect(total).toBeGreaterThan(800);
	});
});

describe('binSpans', () => {
	it.each<[string, number[], number[], Window, number, number[]]>([
		['counts a span in every bin it overlaps', [1], [7], [0, 10], 5, [1, 1, 1, 1, 0]],
		['does not count a span ending exactly at a bin start', [0], [4], [0, 10], 5, [1, 1, 0, 0, 0]],
		['counts a span covering the whole window everywhere', [-100], [100], [0, 10], 4, [1, 1, 1, 1]],
		['counts a zero-length item as a point', [3, 3], [3, 1], [0, 10], 5, [0, 2, 0, 0, 0]],
		['ignores spans outside the window', [-5, 10], [0, 20], [0, 10], 2, [0, 0]],
		['adds overlapping spans', [0, 4, 6], [10, 6, 7], [0, 10], 5, [1, 1, 2, 2, 1]]
	])('%s', (_name, starts, ends, window, n, expected) => {
		expect(Array.from(binSpans(starts, ends, window, n))).toEqual(expected);
	});

	it('matches a naive implementation on random spans', () => {
		const random = rng(9);
		const starts: number[] = [];
		const ends: number[] = [];
		for (let i = 0; i < 2_000; i++) {
			const s = random() * 1_000 - 100;
			starts.push(s);
			ends.push(random() < 0.3 ? s : s + random() * 200);
		}
		const window: Window = [0, 800];
		expect(Array.from(binSpans(starts, ends, window, 37))).toEqual(naiveSpans(starts, ends, window, 37));
	});
});
