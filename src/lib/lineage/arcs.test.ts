import { describe, expect, it } from 'vitest';
import { indexLanes, layoutTimeline, type LayoutEvent } from '$lib/timeline/layout';
import { anchorOf, arcPath, lineageArcs, type ArcEvent } from './arcs';

const Y = (y: number) => Date.UTC(y, 0, 1);
const DAY = 86_400_000;

// Three lanes: the statement in lane 0, earlier texts in lanes 1 and 2.
const events: ArcEvent[] = [
	{ id: 'statement', lane: 0, t0: Date.UTC(2020, 10, 10), t1: Date.UTC(2020, 10, 10) + DAY },
	{ id: 'agreement', lane: 0, t0: Date.UTC(2009, 5, 16), t1: Date.UTC(2009, 5, 16) + DAY },
	{ id: 'gge-2015', lane: 1, t0: Date.UTC(2015, 6, 22), t1: Date.UTC(2015, 6, 22) + DAY },
	{ id: 'tunis', lane: 2, t0: Date.UTC(2005, 10, 16), t1: Date.UTC(2005, 10, 16) + DAY },
	{ id: 'process', lane: 1, t0: Y(2012), t1: Y(2014) }
];
const lanes = indexLanes(
	events.map((e, index): LayoutEvent => ({ ...e, isSpan: e.t1 - e.t0 > DAY, importance: 1, index, labelPx: 40 })),
	3
);
const WIDTH = 1000;
const layoutFor = (window: [number, number], order = [0, 1, 2]) =>
	layoutTimeline(lanes, order, window, { width: WIDTH, headerPx: 18 });
const [statement, agreement, gge, tunis, processEvent] = events as [ArcEvent, ArcEvent, ArcEvent, ArcEvent, ArcEvent];
const sources = [agreement, gge, tunis, processEvent];

/** The curve's points, sampled from its path data (M x,y C x1,y1 x2,y2 x,y). */
function sample(d: string): { x: number; y: number }[] {
	const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
	const [x0, y0, x1, y1, x2, y2, x3, y3] = n as [number, number, number, number, number, number, number, number];
	return Array.from({ length: 101 }, (_, i) => {
		const t = i / 100;
		const u = 1 - t;
		return {
			x: u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
			y: u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3
		};
	});
}

describe('lineage arcs', () => {
	const window: [number, number] = [Y(2004), Y(2022)];
	const layout = layoutFor(window);
	const opts = { width: WIDTH, window };

	it('run from the top of each earlier mark to the top of the statement mark, once per event', () => {
		const { target, arcs } = lineageArcs(layout, statement, [...sources, gge, statement], opts);
		const mark = (id: string) => layout.marks.find((m) => m.id === id)!;
		expect(target).toEqual({ x: mark('statement').x + 6, y: mark('statement').y + 4 });
		expect(arcs.map((a) => a.id)).toEqual(['agreement', 'gge-2015', 'tunis', 'process']);
		for (const a of arcs) {
			const m = mark(a.id);
			expect(a.from.x).toBeCloseTo((m.x + m.x2) / 2, 6);
			expect(a.from.y).toBe(m.y + 4);
			expect(a.from.edge).toBeUndefined();
			const pts = sample(a.d);
			expect(pts[0]!.x).toBeCloseTo(a.from.x, 0);
			expect(pts[100]!.y).toBeCloseTo(target!.y, 0);
		}
	});

	it('rise above both ends and never above the top of the plot', () => {
		const { arcs } = lineageArcs(layout, statement, sources, opts);
		for (const a of arcs) {
			const top = Math.min(...sample(a.d).map((p) => p.y));
			expect(top, a.id).toBeLessThan(Math.min(a.from.y, a.to.y));
			expect(top, a.id).toBeGreaterThanOrEqual(2 - 0.2);
			expect(a.apex).toBeCloseTo(top, 0);
		}
		// Ends far below the top: the arc rises by a quarter of its width, at most 120 px.
		const high = arcPath({ x: 0, y: 400 }, { x: 200, y: 300 });
		expect(Math.min(...sample(high.d).map((p) => p.y))).toBeCloseTo(250, 0);
		const wide = arcPath({ x: 0, y: 400 }, { x: 900, y: 400 });
		expect(Math.min(...sample(wide.d).map((p) => p.y))).toBeCloseTo(280, 0);
	});

	it('follow zoom and pan: the same scale as the marks', () => {
		const zoomed: [number, number] = [Y(2008), Y(2021)];
		const after = layoutFor(zoomed);
		const before = lineageArcs(layout, statement, sources, opts);
		const now = lineageArcs(after, statement, sources, { width: WIDTH, window: zoomed });
		const x = (t: number) => ((t - zoomed[0]) / (zoomed[1] - zoomed[0])) * WIDTH;
		const a = now.arcs.find((arc) => arc.id === 'agreement')!;
		expect(a.from.x).toBeCloseTo(x(agreement.t0) + 6, 6);
		expect(a.from.x).not.toBeCloseTo(before.arcs.find((arc) => arc.id === 'agreement')!.from.x, 0);
		expect(a.d).not.toBe(before.arcs.find((arc) => arc.id === 'agreement')!.d);
	});

	it('start at the plot edge for events out of view', () => {
		const w: [number, number] = [Y(2010), Y(2022)];
		const { arcs } = lineageArcs(layoutFor(w), statement, sources, { width: WIDTH, window: w });
		const tun = arcs.find((a) => a.id === 'tunis')!;
		const laneY = layoutFor(w).lanes.find((l) => l.lane === 2)!;
		expect(tun.from).toEqual({ x: 0, y: laneY.y + laneY.height / 2, edge: 'left' });
		expect(tun.d).toMatch(/^M0,/);
		// A span partly in view keeps its mark.
		expect(arcs.find((a) => a.id === 'process')!.from.edge).toBeUndefined();
	});

	it('pin the statement to the edge when it is out of view, and keep only markers when both ends are off one edge', () => {
		const w: [number, number] = [Y(2003), Y(2008)];
		const { target, arcs } = lineageArcs(layoutFor(w), statement, sources, { width: WIDTH, window: w });
		expect(target?.edge).toBe('right');
		expect(target?.x).toBe(WIDTH);
		const tun = arcs.find((a) => a.id === 'tunis')!;
		expect(tun.from.edge).toBeUndefined();
		expect(tun.d).toMatch(new RegExp(`${WIDTH},[\\d.]+$`));
		const later = arcs.find((a) => a.id === 'gge-2015')!;
		expect(later.from.edge).toBe('right');
		expect(later.d).toBe('');
	});

	it('leave out events whose lane is hidden, and draw nothing when the statement lane is', () => {
		const hidden = layoutFor(window, [0, 2]);
		const { arcs } = lineageArcs(hidden, statement, sources, opts);
		expect(arcs.map((a) => a.id)).toEqual(['agreement', 'tunis']);
		expect(lineageArcs(layoutFor(window, [1, 2]), statement, sources, opts)).toEqual({ arcs: [] });
	});

	it('anchor an event of a lane drawn as density at its time, in the middle of the lane', () => {
		const w: [number, number] = [Y(2004), Y(2022)];
		const dense = { ...layout, marks: layout.marks.filter((m) => m.id !== 'gge-2015') };
		const lane = layout.lanes.find((l) => l.lane === 1)!;
		const a = anchorOf(dense, gge, { width: WIDTH, window: w })!;
		expect(a.y).toBe(lane.y + lane.height / 2);
		expect(a.x).toBeCloseTo((((gge.t0 + gge.t1) / 2 - w[0]) / (w[1] - w[0])) * WIDTH, 6);
	});
});
