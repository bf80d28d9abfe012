// Geometry of a paragraph's lineage on the timeline: one arc from each earlier event to the
// statement's mark, computed from the same layout (and so the same scale) as the marks, so that the
// arcs follow every zoom and pan. An arc leaves the top of its event's mark and rises above both
// ends (never above the plot's top); an event out of view sends its arc from the plot's edge, with
// an edge marker there. Pure: the SVG layer (LineageArcs.svelte) only draws what this returns.
import type { Layout } from '$lib/timeline/layout';

/** An event as the arcs need it: its lane and time range (UTC ms). */
export interface ArcEvent {
	id: string;
	lane: number;
	t0: number;
	t1: number;
}

/** Where an arc ends: a point in the plot's body (px), and the edge it is pinned to when out of view. */
export interface ArcEnd {
	x: number;
	y: number;
	edge?: 'left' | 'right';
}

export interface Arc {
	/** The earlier event's id. */
	id: string;
	from: ArcEnd;
	to: ArcEnd;
	/** SVG path data, or '' when both ends are off the same edge (then only the edge marker shows). */
	d: string;
	/** Highest point of the curve (smallest y), px. */
	apex: number;
}

export interface ArcLayout {
	/** The statement's end of every arc (undefined when its lane is hidden). */
	target?: ArcEnd;
	arcs: Arc[];
}

export interface ArcOptions {
	/** Plot width, px. */
	width: number;
	/** The visible window, UTC ms. */
	window: [number, number];
	/** Offset from a mark's top to its glyph's top, px (default 4). */
	markTop?: number;
	/** Lowest y an arc may reach, px (default 2). */
	minY?: number;
}

/** Where an event sits in the layout: its mark's top centre, else its lane at its time (or the edge). */
export function anchorOf(layout: Layout, e: ArcEvent, opts: ArcOptions): ArcEnd | undefined {
	const { width, window: [w0, w1] } = opts;
	const mark = layout.marks.find((m) => m.id === e.id);
	if (mark) {
		const x = Math.min(width, Math.max(0, (Math.max(mark.x, 0) + Math.min(mark.x2, width)) / 2));
		return { x, y: mark.y + (opts.markTop ?? 4) };
	}
	const lane = layout.lanes.find((l) => l.lane === e.lane);
	if (!lane) return undefined;
	// Not drawn one by one (its lane is dense) or out of view: its lane's middle, at its time or the edge.
	const y = lane.y + lane.height / 2;
	if (e.t1 <= w0) return { x: 0, y, edge: 'left' };
	if (e.t0 >= w1) return { x: width, y, edge: 'right' };
	const t = (Math.max(e.t0, w0) + Math.min(e.t1, w1)) / 2;
	return { x: ((t - w0) / (w1 - w0)) * width, y };
}

/** Highest point (smallest y) of the cubic with ends at heights `a`, `b` and both controls at `c`. */
function topOf(a: number, b: number, c: number): number {
	let top = Math.min(a, b);
	for (let i = 1; i < 64; i++) {
		const t = i / 64;
		const u = 1 - t;
		top = Math.min(top, a * u * u * u + 3 * c * t * u + b * t * t * t);
	}
	return top;
}

/**
 * A curve from `a` to `b` rising above both: a cubic Bézier whose two controls sit above the ends at
 * one height, chosen so that the curve's highest point is `lift` px above the higher end (more for
 * ends further apart) but never above `minY`.
 */
export function arcPath(a: ArcEnd, b: ArcEnd, minY = 2): { d: string; apex: number } {
	const lift = Math.min(120, Math.max(14, Math.abs(b.x - a.x) * 0.25));
	const want = Math.max(minY, Math.min(a.y, b.y) - lift);
	// The top rises as the controls do (monotonically): bisect for the controls' height.
	let lo = want - 4 * (Math.max(a.y, b.y) - want) - 10;
	let hi = Math.min(a.y, b.y);
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		if (topOf(a.y, b.y, mid) < want) lo = mid;
		else hi = mid;
	}
	const c = hi;
	const f = (n: number) => Math.round(n * 10) / 10;
	return { d: `M${f(a.x)},${f(a.y)}C${f(a.x)},${f(c)} ${f(b.x)},${f(c)} ${f(b.x)},${f(b.y)}`, apex: topOf(a.y, b.y, c) };
}

/** The arcs from `sources` (earlier events, each once) to `target` (the statement's event). */
export function lineageArcs(layout: Layout, target: ArcEvent, sources: ArcEvent[], opts: ArcOptions): ArcLayout {
	const to = anchorOf(layout, target, opts);
	if (!to) return { arcs: [] };
	const arcs: Arc[] = [];
	const seen = new Set<string>();
	for (const s of sources) {
		if (seen.has(s.id) || s.id === target.id) continue;
		seen.add(s.id);
		const from = anchorOf(layout, s, opts);
		if (!from) continue; // its lane is hidden
		const offSameEdge = from.edge !== undefined && from.edge === to.edge;
		const path = offSameEdge ? { d: '', apex: from.y } : arcPath(from, to, opts.minY);
		arcs.push({ id: s.id, from, to, ...path });
	}
	return { target: to, arcs };
}
