import { describe, expect, it } from 'vitest';
import { rng } from './test-rng';
import { packRows, type PackItem, type PackOptions } from './lanes';

/** Deterministic PRNG (mulberry32) so random tests are reproducible. */

/** Asserts the packing invariant and returns the number of violations found (0 expected). */
function assertNoOverlap(items: PackItem[], rows: Int32Array, opts: PackOptions): void {
	const minLength = opts.minLength ?? 0;
	const gap = opts.gap ?? 0;
	const byRow = new Map<number, number[]>();
	rows.forEach((r, i) => {
		if (r < 0) return;
		const list = byRow.get(r) ?? [];
		list.push(i);
		byRow.set(r, list);
	});
	let violations = 0;
	for (const list of byRow.values()) {
		list.sort((a, b) => items[a]!.start - items[b]!.start || a - b);
		for (let k = 1; k < list.length; k++) {
			const prev = items[list[k - 1]!]!;
			const cur = items[list[k]!]!;
			if (Math.max(prev.end, prev.start + minLength) + gap > cur.start) violations++;
		}
	}
	expect(violations).toBe(0);
}

const iv = (start: number, end: number): PackItem => ({ start, end });

describe('packRows', () => {
	it.each<[string, PackItem[], PackOptions, number[], number, number]>([
		['returns empty result for no items', [], {}, [], 0, 0],
		['keeps disjoint items in row 0', [iv(0, 1), iv(2, 3), iv(4, 5)], {}, [0, 0, 0], 1, 0],
		['lets an item start exactly where the previous ends (half-open)', [iv(0, 2), iv(2, 4)], {}, [0, 0], 1, 0],
		['stacks overlapping items', [iv(0, 10), iv(1, 11), iv(2, 12)], {}, [0, 1, 2], 3, 0],
		['reuses the lowest free row (first fit)', [iv(0, 10), iv(1, 3), iv(4, 6), iv(5, 20)], {}, [0, 1, 1, 2], 3, 0],
		['packs in start order regardless of input order', [iv(5, 6), iv(0, 10)], {}, [1, 0], 2, 0],
		['breaks equal starts by input index', [iv(3, 4), iv(3, 9), iv(3, 5)], {}, [0, 1, 2], 3, 0],
		['applies minLength to points', [iv(0, 0), iv(3, 3), iv(6, 6)], { minLength: 5 }, [0, 1, 0], 2, 0],
		['does not shorten long items with minLength', [iv(0, 10), iv(6, 6)], { minLength: 5 }, [0, 1], 2, 0],
		['requires the gap between neighbours', [iv(0, 2), iv(3, 4), iv(5, 6)], { gap: 1 }, [0, 0, 0], 1, 0],
		['stacks when the gap is not available', [iv(0, 2), iv(2.5, 4)], { gap: 1 }, [0, 1], 2, 0],
		['treats end < start as a point', [iv(5, 1), iv(5, 6)], {}, [0, 0], 1, 0],
		['overflows items that need row >= maxRows', [iv(0, 10), iv(1, 11), iv(2, 12), iv(20, 21)], { maxRows: 2 }, [0, 1, -1, 0], 2, 1],
		['overflows everything with maxRows 0', [iv(0, 1), iv(2, 3)], { maxRows: 0 }, [-1, -1], 0, 2]
	])('%s', (_name, items, opts, expectedRows, rowCount, overflow) => {
		const result = packRows(items, opts);
		expect(Array.from(result.rows)).toEqual(expectedRows);
		expect(result.rowCount).toBe(rowCount);
		expect(result.overflow).toBe(overflow);
		assertNoOverlap(items, result.rows, opts);
	});

	it('zero-length items with minLength 0 share a row (caller must pass minLength for points)', () => {
		expect(Array.from(packRows([iv(1, 1), iv(1, 1)]).rows)).toEqual([0, 0]);
	});

	it('packs 20,000 random items without overlaps in any row', () => {
		const random = rng(42);
		const items: PackItem[] = [];
		for (let i = 0; i < 20_000; i++) {
			const start = Math.floor(random() * 1_000_000);
			const isPoint = random() < 0.6;
			items.push({ start, end: isPoint ? start : start + Math.floor(random() * 20_000) });
		}
		const opts = { minLength: 300, gap: 10 };
		const { rows, rowCount, overflow } = packRows(items, opts);
		expect(overflow).toBe(0);
		expect(Math.max(...rows) + 1).toBe(rowCount);
		expect(rows.every((r) => r >= 0)).toBe(true);
		assertNoOverlap(items, rows, opts);
	});

	it('with maxRows, every placed item respects the invariant and overflow counts the rest', () => {
		const random = rng(7);
		const items: PackItem[] = Array.from({ length: 5_000 }, () => {
			const start = random() * 10_000;
			return { start, end: start + random() * 500 };
		});
		const opts = { maxRows: 4, minLength: 20 };
		const { rows, overflow, rowCount } = packRows(items, opts);
		expect(rowCount).toBeLessThanOrEqual(4);
		expect(rows.filter((r) => r === -1).length).toBe(overflow);
		expect(overflow).toBeGreaterThan(0);
		assertNoOverlap(items, rows, opts);
	});

	it('uses no more rows than the maximum number of simultaneously overlapping items (interval graph optimum)', () => {
		const random = rng(3);
		const items: PackItem[] = Array.from({ length: 2_000 }, () => {
			const start = random() * 10_000;
			return { start, end: start + 1 + random() * 300 };
		});
		// Sweep for maximum depth.
		const events = items.flatMap((it) => [
			[it.start, 1],
			[it.end, -1]
		]);
		events.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
		let depth = 0;
		let maxDepth = 0;
		for (const [, d] of events) maxDepth = Math.max(maxDepth, (depth += d!));
		expect(packRows(items).rowCount).toBe(maxDepth);
	});
});
