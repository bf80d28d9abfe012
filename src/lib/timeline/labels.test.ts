import { describe, expect, it } from 'vitest';
import { rng } from './test-rng';
import { placeLabels, type LabelCandidate, type LabelOptions } from './labels';


const c = (id: string, x: number, width: number, importance = 0, order = 0, row = 0): LabelCandidate => ({
	id,
	row,
	x,
	width,
	importance,
	order
});

const sortedIds = (s: Set<string>) => [...s].sort();

describe('placeLabels', () => {
	it.each<[string, LabelCandidate[], LabelOptions, string[]]>([
		['shows nothing for no candidates', [], { maxX: 100 }, []],
		['shows disjoint labels', [c('a', 0, 10), c('b', 20, 10)], { maxX: 100 }, ['a', 'b']],
		['allows touching labels without padding', [c('a', 0, 10), c('b', 10, 10)], { maxX: 100 }, ['a', 'b']],
		['enforces padding between labels', [c('a', 0, 10, 1), c('b', 12, 10)], { maxX: 100, padding: 4 }, ['a']],
		['accepts exactly the padding', [c('a', 0, 10), c('b', 14, 10)], { maxX: 100, padding: 4 }, ['a', 'b']],
		['lets higher importance win regardless of position', [c('left', 0, 50, 1), c('right', 20, 50, 5)], { maxX: 100 }, ['right']],
		['breaks equal importance by earlier order', [c('late', 0, 50, 1, 9), c('early', 20, 50, 1, 2)], { maxX: 100 }, ['early']],
		['hides labels crossing maxX', [c('a', 95, 10)], { maxX: 100 }, []],
		['hides labels left of minX', [c('a', -5, 10)], { minX: 0, maxX: 100 }, []],
		['shows a label ending exactly at maxX', [c('a', 90, 10)], { maxX: 100 }, ['a']],
		['does not let labels in different rows compete', [c('a', 0, 50, 1, 0, 0), c('b', 0, 50, 0, 0, 1)], { maxX: 100 }, ['a', 'b']],
		['checks both neighbours when inserting between shown labels', [c('a', 0, 10, 3), c('b', 30, 10, 3), c('mid', 8, 24, 1), c('fits', 12, 16, 0)], { maxX: 100 }, ['a', 'b', 'fits']],
		['ignores labels with invalid width', [c('nan', 0, Number.NaN), c('neg', 10, -5)], { maxX: 100 }, []]
	])('%s', (_name, candidates, opts, expected) => {
		expect(sortedIds(placeLabels(candidates, opts))).toEqual(expected);
	});

	it('never shows overlapping labels in a row for random inputs (5,000 candidates)', () => {
		const random = rng(11);
		const candidates: LabelCandidate[] = Array.from({ length: 5_000 }, (_, i) =>
			c(`e${i}`, random() * 2_000 - 100, 20 + random() * 120, Math.floor(random() * 4), i, Math.floor(random() * 8))
		);
		const opts = { minX: 0, maxX: 1_800, padding: 6 };
		const shown = placeLabels(candidates, opts);
		expect(shown.size).toBeGreaterThan(50);
		const placed = candidates.filter((cand) => shown.has(cand.id));
		for (const p of placed) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x + p.width).toBeLessThanOrEqual(1_800);
		}
		let overlaps = 0;
		for (let row = 0; row < 8; row++) {
			const inRow = placed.filter((p) => p.row === row).sort((a, b) => a.x - b.x);
			for (let k = 1; k < inRow.length; k++) {
				if (inRow[k - 1]!.x + inRow[k - 1]!.width + opts.padding > inRow[k]!.x) overlaps++;
			}
		}
		expect(overlaps).toBe(0);
	});

	it('shows a label that gave way once the x-gaps grow (zoom in)', () => {
		// Two marks 30 px apart at zoom 1; labels are 60 px wide and drawn from the mark.
		const at = (k: number) => [c('major', 100 * k, 60, 2, 0), c('minor', 100 * k + 30 * k, 60, 1, 1)];
		expect(sortedIds(placeLabels(at(1), { maxX: 10_000 }))).toEqual(['major']);
		expect(sortedIds(placeLabels(at(3), { maxX: 10_000 }))).toEqual(['major', 'minor']);
	});

	it('is independent of the input order', () => {
		const random = rng(5);
		const candidates = Array.from({ length: 300 }, (_, i) =>
			c(`e${i}`, random() * 500, 40, Math.floor(random() * 3), i, i % 3)
		);
		const a = placeLabels(candidates, { maxX: 600 });
		const b = placeLabels([...candidates].reverse(), { maxX: 600 });
		expect(sortedIds(b)).toEqual(sortedIds(a));
	});
});

describe('alternative places of one label (group)', () => {
	const c = (id: string, x: number, o: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, row: 0, x, width: 50, importance: 1, order: 0, ...o });

	it('shows at most one alternative, the preferred (lowest rank) one when it fits', () => {
		const shown = placeLabels([c('left', 0, { group: 'g', rank: 1 }), c('right', 100, { group: 'g', rank: 0 })], { maxX: 1000 });
		expect([...shown]).toEqual(['right']);
	});

	it('falls back to the next alternative when the preferred one is blocked', () => {
		const shown = placeLabels(
			[c('wall', 100, { importance: 1e6, order: -1 }), c('right', 120, { group: 'g', rank: 0 }), c('left', 0, { group: 'g', rank: 1 })],
			{ maxX: 1000 }
		);
		expect([...shown].sort()).toEqual(['left', 'wall']);
	});

	it('places a more important label (any side) before a less important one', () => {
		const shown = placeLabels(
			[
				c('minor-right', 40, { group: 'minor', rank: 0, order: 0 }),
				c('major-right', 200, { group: 'major', rank: 0, importance: 3, width: 0, x: 2000 }),
				c('major-left', 60, { group: 'major', rank: 1, importance: 3 })
			],
			{ maxX: 1000 }
		);
		expect([...shown]).toEqual(['major-left']);
	});
});
