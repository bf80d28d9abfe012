import { describe, expect, it } from 'vitest';
import { indexLanes, labelWidth, layoutTimeline, packWidthFor, PACK_WIDTHS, windowRange, type LayoutEvent } from './layout';

const DAY = 86_400_000;
const ev = (id: string, lane: number, t0: number, t1 = t0 + DAY, importance = 1, label = id): LayoutEvent => ({
	id,
	lane,
	t0,
	t1,
	isSpan: t1 - t0 > DAY,
	importance,
	index: t0,
	labelPx: labelWidth(label)
});

describe('layoutTimeline', () => {
	it('keeps only events that overlap the window, including spans that started before it', () => {
		const lanes = indexLanes([ev('a', 0, 0, 100 * DAY), ev('b', 0, 50 * DAY), ev('c', 0, 300 * DAY)], 1);
		const out = layoutTimeline(lanes, [0], [60 * DAY, 200 * DAY], { width: 1000 });
		expect(out.marks.map((m) => m.id).sort()).toEqual(['a']);
		expect(out.marks[0]!.x).toBeLessThan(0);
	});

	it('packs overlapping marks of a lane into different rows, never drawn over each other', () => {
		const events = Array.from({ length: 20 }, (_, i) => ev(`e${i}`, 0, i * 2 * DAY, i * 2 * DAY + 30 * DAY));
		const out = layoutTimeline(indexLanes(events, 1), [0], [0, 100 * DAY], { width: 1000, maxRows: 50 });
		for (const a of out.marks)
			for (const b of out.marks)
				if (a !== b && a.row === b.row) expect(a.x2 <= b.x || b.x2 <= a.x).toBe(true);
		expect(new Set(out.marks.map((m) => m.row)).size).toBeGreaterThan(1);
	});

	it('stacks lanes in the given order, skipping hidden ones', () => {
		const lanes = indexLanes([ev('a', 0, 0), ev('b', 1, 0), ev('c', 2, 0)], 3);
		const out = layoutTimeline(lanes, [2, 0], [-DAY, 10 * DAY], { width: 500 });
		expect(out.lanes.map((l) => l.lane)).toEqual([2, 0]);
		expect(out.lanes[1]!.y).toBe(out.lanes[0]!.height);
		expect(out.marks.map((m) => m.id).sort()).toEqual(['a', 'c']);
	});

	it('turns a lane dense when it has more events in view than it can draw, with density bins', () => {
		const events = Array.from({ length: 1000 }, (_, i) => ev(`e${i}`, 0, i * DAY));
		const out = layoutTimeline(indexLanes(events, 1), [0], [0, 1000 * DAY], { width: 800, maxMarksPerLane: 150 });
		expect(out.lanes[0]!.dense).toBe(true);
		expect(out.marks).toHaveLength(0);
		const total = out.lanes[0]!.bins!.reduce((s, b) => s + b, 0);
		expect(total).toBeGreaterThanOrEqual(1000);
		// Zoomed in, the same lane draws its events one by one.
		const zoomed = layoutTimeline(indexLanes(events, 1), [0], [0, 50 * DAY], { width: 800, maxMarksPerLane: 150 });
		expect(zoomed.lanes[0]!.dense).toBe(false);
		expect(zoomed.marks.length).toBeGreaterThan(40);
	});

	it('draws the events it must keep (selected, focused) over a dense lane, and only those', () => {
		const events = Array.from({ length: 1000 }, (_, i) => ev(`e${i}`, 0, i * DAY));
		const lanes = indexLanes(events, 1);
		const keep = [events[500]!, events[900]!, events[2000 % 1000]!];
		const out = layoutTimeline(lanes, [0], [0, 1000 * DAY], { width: 800, keep });
		expect(out.lanes[0]!.dense).toBe(true);
		expect(out.marks.map((m) => m.id).sort()).toEqual(['e0', 'e500', 'e900']);
		// In the lane's first row, at their time.
		const m = out.marks.find((x) => x.id === 'e500')!;
		expect(m.y).toBe(out.lanes[0]!.y + 6);
		expect(m.x).toBeCloseTo(400, 5);
		// The lane keeps its height; a kept event outside the window is not drawn.
		const plain = layoutTimeline(lanes, [0], [0, 1000 * DAY], { width: 800 });
		expect(out.height).toBe(plain.height);
		expect(layoutTimeline(lanes, [0], [0, 100 * DAY], { width: 800, keep: [events[900]!], maxMarksPerLane: 10 }).marks.map((x) => x.id)).toEqual([]);
	});

	it('shows a label only where it does not collide, and the more important label wins', () => {
		const events = [ev('minor', 0, 0, DAY, 1, 'x'.repeat(30)), ev('major', 0, 5 * DAY, 6 * DAY, 3, 'y'.repeat(30))];
		const out = layoutTimeline(indexLanes(events, 1), [0], [0, 100 * DAY], { width: 1000 });
		const label = (id: string) => out.marks.find((m) => m.id === id)!.label;
		expect(label('major')).toBe('right');
		expect(label('minor')).toBe('none');
		// Zoom in: both labels now have room.
		const wide = layoutTimeline(indexLanes(events, 1), [0], [0, 10 * DAY], { width: 1000 });
		expect(wide.marks.every((m) => m.label !== 'none')).toBe(true);
	});

	it('puts a label on the left of its mark when the right side is taken', () => {
		// 'late' sits 30 px right of 'early': no room on the right of 'early', plenty on its left.
		const events = [ev('early', 0, 50 * DAY, 51 * DAY, 1, 'abcdefgh'), ev('late', 0, 53 * DAY, 54 * DAY, 2, 'x'.repeat(10))];
		const out = layoutTimeline(indexLanes(events, 1), [0], [0, 100 * DAY], { width: 1000 });
		const early = out.marks.find((m) => m.id === 'early')!;
		const late = out.marks.find((m) => m.id === 'late')!;
		expect(early.row).toBe(late.row);
		expect(late.label).toBe('right');
		expect(early.label).toBe('left');
	});

	it('lets a more important label take its left side before a less important one takes that space', () => {
		// 'major' cannot go right ('blocker' is 8 px away); its left side is where 'minor' would put
		// its right label. The more important label is placed first; 'minor' then goes left.
		const events = [
			ev('minor', 0, 20 * DAY, 21 * DAY, 1, 'x'.repeat(20)),
			ev('major', 0, 38 * DAY, 39 * DAY, 3, 'y'.repeat(10)),
			ev('blocker', 0, 40 * DAY, 41 * DAY, 1, 'z')
		];
		const out = layoutTimeline(indexLanes(events, 1), [0], [0, 100 * DAY], { width: 1000 });
		const mark = (id: string) => out.marks.find((m) => m.id === id)!;
		expect(new Set(out.marks.map((m) => m.row))).toEqual(new Set([0]));
		expect(mark('major').label).toBe('left');
		expect(mark('minor').label).toBe('left');
		expect(mark('blocker').label).toBe('right');
	});

	it('finds the window range by binary search even with long spans', () => {
		const lanes = indexLanes([ev('long', 0, 0, 1000 * DAY), ev('late', 0, 900 * DAY)], 1);
		const [from, to] = windowRange(lanes[0]!, 950 * DAY, 960 * DAY);
		expect(to - from).toBe(2);
	});
});

describe('packing width', () => {
	// Points and spans of several lanes, close enough in time to need several rows at 300 px.
	const events = Array.from({ length: 120 }, (_, i) =>
		i % 3 === 0 ? ev(`s${i}`, i % 4, i * 11 * DAY, i * 11 * DAY + 60 * DAY) : ev(`p${i}`, i % 4, i * 7 * DAY)
	);
	const lanes = indexLanes(events, 4);
	const window: [number, number] = [-30 * DAY, 1400 * DAY];
	const at = (width: number) => layoutTimeline(lanes, [0, 1, 2, 3], window, { width, packWidth: packWidthFor(width), maxRows: 20 });

	it('steps down to the largest step at or below the width', () => {
		expect(packWidthFor(375)).toBe(360);
		expect(packWidthFor(360)).toBe(360);
		expect(packWidthFor(359.5)).toBe(320);
		expect(packWidthFor(5000)).toBe(PACK_WIDTHS.at(-1));
		// Narrower than the first step: its own width.
		expect(packWidthFor(200)).toBe(200);
	});

	it('gives every width between two steps the same height, rows and dense lanes', () => {
		for (const [a, b] of [[400, 479], [800, 879], [1600, 2400]] as const) {
			const x = at(a);
			const y = at(b);
			expect(y.height).toBe(x.height);
			expect(y.lanes.map((l) => [l.rows, l.dense])).toEqual(x.lanes.map((l) => [l.rows, l.dense]));
			expect(y.marks.map((m) => [m.id, m.row])).toEqual(x.marks.map((m) => [m.id, m.row]));
		}
		// …and a narrower step needs at least as many rows.
		expect(at(320).height).toBeGreaterThan(at(1280).height);
	});

	it('never lets two marks of a row overlap at the drawn width', () => {
		for (const width of [300, 359, 479, 801, 1300]) {
			const out = at(width);
			expect(out.marks.length).toBeGreaterThan(0);
			for (const a of out.marks)
				for (const b of out.marks)
					if (a !== b && a.lane === b.lane && a.row === b.row) expect(a.x2 + 3 <= b.x + 1e-9 || b.x2 + 3 <= a.x + 1e-9).toBe(true);
		}
	});
});

