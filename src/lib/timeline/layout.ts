// Renderer-agnostic layout of the timeline for one view: which events of which lanes are in the
// visible window, their x positions (px), their sub-rows (packed so marks never overlap), which
// labels fit (by importance), and which lanes are too dense to draw one by one (then: density bins).
// Cost per call is O(visible · log visible) plus O(log n) per lane: nothing scans the whole dataset,
// so zooming and panning 100,000 events stays cheap.
import { packRows } from './lanes';
import { placeLabels, type LabelCandidate } from './labels';
import { binSpans } from './density';

export interface LayoutEvent {
	id: string;
	lane: number;
	t0: number;
	t1: number;
	isSpan: boolean;
	importance: number;
	/** Chronological index, used as the label tie-breaker. */
	index: number;
	/** Approximate label width in px at the label font (see `labelWidth`). */
	labelPx: number;
}

/** Events of one lane in start order, with the longest duration for the window search. */
export interface LaneIndex {
	lane: number;
	events: LayoutEvent[];
	starts: Float64Array;
	ends: Float64Array;
	maxDuration: number;
}

export interface LayoutOptions {
	/** Plot width, px. */
	width: number;
	/**
	 * Width (px) whose pixel sizes decide the sub-rows and which lanes turn dense (default: `width`).
	 * Packing at a width no larger than the plot's never lets marks overlap at the plot's width, and
	 * it makes the layout's height the same for every plot width that packs at that width (see
	 * `packWidthFor`), so a server can size the plot before anyone measures it.
	 */
	packWidth?: number;
	/** Height of one sub-row, px. Default 26. */
	rowHeight?: number;
	/** Sub-rows per lane before the lane turns dense. Default 8. */
	maxRows?: number;
	/** Vertical padding inside a lane, px. Default 6. */
	lanePad?: number;
	/** Space at the top of each lane for its label, px. Default 0. */
	headerPx?: number;
	/** Width of a point marker, px. Default 12. */
	pointPx?: number;
	/** Minimum width of a span bar, px. Default 6. */
	minSpanPx?: number;
	/** More visible events than this in one lane: drawn as density. Default 80. */
	maxMarksPerLane?: number;
	/** Width of one density bin, px. Default 4. */
	binPx?: number;
	/**
	 * Events drawn even in a lane too dense to draw one by one (the selected event, the one with
	 * the keyboard focus): over the lane's density strip, in its first row.
	 */
	keep?: readonly LayoutEvent[];
}

export interface MarkLayout {
	id: string;
	lane: number;
	row: number;
	/** left edge of the mark, px (may be < 0 when it starts before the window) */
	x: number;
	/** right edge, px (x + point width for points) */
	x2: number;
	/** top of the mark's row within the plot, px */
	y: number;
	/** label placement: 'inside' a wide bar, 'right' or 'left' of the mark, or hidden */
	label: 'inside' | 'right' | 'left' | 'none';
}

export interface LaneLayout {
	lane: number;
	y: number;
	height: number;
	rows: number;
	/** number of events in view */
	count: number;
	dense: boolean;
	/** density counts per bin across the width (dense lanes only) */
	bins?: Uint32Array;
}

export interface Layout {
	lanes: LaneLayout[];
	marks: MarkLayout[];
	height: number;
}

// Average advance of a character at the label font; Cyrillic runs a little wider than Latin.
const CHAR_PX = 7.1;
/** Estimated label width of a title at the 12.5px label font, capped like the rendered label. */
export const labelWidth = (title: string, maxChars = 60): number =>
	Math.min(title.length, maxChars) * CHAR_PX + 8;

/**
 * The widths the timeline packs its rows at: a plot whose width lies in [PACK_WIDTHS[i],
 * PACK_WIDTHS[i + 1]) packs at PACK_WIDTHS[i]. Between two steps the layout's height does not change
 * with the width, so the server can give the plot its final height with one CSS container query per
 * step (Timeline.svelte); narrower plots than the first step pack at their own width.
 */
export const PACK_WIDTHS = [240, 280, 320, 360, 400, 480, 560, 640, 720, 800, 880, 960, 1120, 1280, 1440, 1600] as const;

/** The packing width of a plot `width` px wide (see PACK_WIDTHS). */
export function packWidthFor(width: number): number {
	let w = Math.min(width, PACK_WIDTHS[0]);
	for (const step of PACK_WIDTHS) if (width >= step) w = step;
	return w;
}

/** Groups events (any order) into per-lane indexes sorted by start. */
export function indexLanes(events: LayoutEvent[], laneCount: number): LaneIndex[] {
	const by: LayoutEvent[][] = Array.from({ length: laneCount }, () => []);
	for (const e of events) by[e.lane]?.push(e);
	return by.map((list, lane) => {
		list.sort((a, b) => a.t0 - b.t0 || a.index - b.index);
		let maxDuration = 0;
		const starts = new Float64Array(list.length);
		const ends = new Float64Array(list.length);
		list.forEach((e, i) => {
			starts[i] = e.t0;
			ends[i] = e.t1;
			if (e.t1 - e.t0 > maxDuration) maxDuration = e.t1 - e.t0;
		});
		return { lane, events: list, starts, ends, maxDuration };
	});
}

function lowerBound(a: Float64Array, v: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Indexes [from, to) of a lane's events that may overlap the window (then filter by t1 > w0). */
export function windowRange(lane: LaneIndex, w0: number, w1: number): [number, number] {
	return [lowerBound(lane.starts, w0 - lane.maxDuration), lowerBound(lane.starts, w1)];
}

/**
 * Lays out the visible lanes (in `order`) for the window [w0, w1).
 * `include` filters events (e.g. a lane's hidden state is handled by `order`; this is for search).
 */
export function layoutTimeline(
	lanes: LaneIndex[],
	order: number[],
	window: [number, number],
	opts: LayoutOptions
): Layout {
	const width = Math.max(1, opts.width);
	const rowH = opts.rowHeight ?? 26;
	const maxRows = opts.maxRows ?? 8;
	const pad = opts.lanePad ?? 6;
	const header = opts.headerPx ?? 0;
	const pointPx = opts.pointPx ?? 12;
	const minSpanPx = opts.minSpanPx ?? 6;
	// Enough to read a lane one event at a time; more would be unreadable and slow to redraw.
	const maxMarks = opts.maxMarksPerLane ?? 80;
	const [w0, w1] = window;
	const k = width / (w1 - w0);
	const px = (t: number) => (t - w0) * k;
	// Rows are packed in the pixels of the packing width (never wider than the plot).
	const pk = Math.min(width, Math.max(1, opts.packWidth ?? width)) / (w1 - w0);
	const ppx = (t: number) => (t - w0) * pk;

	const outLanes: LaneLayout[] = [];
	const marks: MarkLayout[] = [];
	let y = 0;
	for (const li of order) {
		const lane = lanes[li];
		if (!lane) continue;
		const [from, to] = windowRange(lane, w0, w1);
		// Far too many candidates: dense without looking at each one (keeps 100k-event views cheap).
		const crowded = to - from > maxMarks * 4;
		const visible: LayoutEvent[] = [];
		if (!crowded) for (let i = from; i < to; i++) if (lane.ends[i]! > w0) visible.push(lane.events[i]!);

		let dense = crowded || visible.length > maxMarks;
		let rows = 1;
		let laneMarks: MarkLayout[] = [];
		if (!dense && visible.length) {
			const box = (p: (t: number) => number, e: LayoutEvent) => {
				const x = p(e.t0);
				const x2 = e.isSpan || e.t1 - e.t0 > 86_400_000 ? Math.max(p(e.t1), x + minSpanPx) : x + pointPx;
				return { start: x, end: x2 };
			};
			const boxes = visible.map((e) => box(px, e));
			const packed = packRows(pk === k ? boxes : visible.map((e) => box(ppx, e)), { gap: 3, maxRows });
			if (packed.overflow > 0) dense = true;
			else {
				rows = Math.max(1, packed.rowCount);
				laneMarks = visible.map((e, i) => ({
					id: e.id,
					lane: li,
					row: packed.rows[i]!,
					x: boxes[i]!.start,
					x2: boxes[i]!.end,
					y: y + header + pad + packed.rows[i]! * rowH,
					label: 'none' as const
				}));
				placeLaneLabels(laneMarks, visible, width);
			}
		}
		const height = header + (dense ? 2 : rows) * rowH + 2 * pad;
		const count = crowded ? to - from : visible.length;
		const layout: LaneLayout = { lane: li, y, height, rows: dense ? 0 : rows, count, dense };
		if (dense) {
			const binCount = Math.max(1, Math.round(width / (opts.binPx ?? 4)));
			// Items outside the window add nothing, so the index range can be binned as it is.
			layout.bins = binSpans(lane.starts.subarray(from, to), lane.ends.subarray(from, to), [w0, w1], binCount);
			const kept = (opts.keep ?? []).filter((e) => e.lane === li && e.t1 > w0 && e.t0 < w1);
			if (kept.length) {
				const boxes = kept.map((e) => {
					const x = px(e.t0);
					const x2 = e.isSpan || e.t1 - e.t0 > 86_400_000 ? Math.max(px(e.t1), x + minSpanPx) : x + pointPx;
					return { start: x, end: x2 };
				});
				// At most two, in one row if they do not overlap.
				const rowsOf = boxes.map((b, i) => (i > 0 && boxes[0]!.end + 3 > b.start && b.end + 3 > boxes[0]!.start ? 1 : 0));
				const keptMarks = kept.map((e, i) => ({
					id: e.id,
					lane: li,
					row: rowsOf[i]!,
					x: boxes[i]!.start,
					x2: boxes[i]!.end,
					y: y + header + pad + rowsOf[i]! * rowH,
					label: 'none' as const
				}));
				placeLaneLabels(keptMarks, kept, width);
				marks.push(...keptMarks);
			}
		} else marks.push(...laneMarks);
		outLanes.push(layout);
		y += height;
	}
	return { lanes: outLanes, marks, height: y };
}

/**
 * Chooses labels within one lane: inside bars wide enough, else right of the mark, else left of it.
 * One greedy pass by importance, in which marks are fixed obstacles: a more important label takes
 * its best side before a less important one is placed.
 */
function placeLaneLabels(marks: MarkLayout[], events: LayoutEvent[], width: number) {
	const candidates: LabelCandidate[] = [];
	marks.forEach((m, i) => {
		const e = events[i]!;
		const barW = m.x2 - m.x;
		// Only the part of a bar that is on screen can hold its label.
		const shownW = Math.min(m.x2, width) - Math.max(m.x, 0);
		if (shownW >= e.labelPx + 4) {
			m.label = 'inside';
			// the label sits inside its own bar: it blocks only that space
			candidates.push({ id: `i:${i}`, row: m.row, x: Math.max(0, m.x), width: Math.min(barW, width), importance: 1e6, order: i });
			return;
		}
		// Marks are fixed obstacles: they take precedence over every label.
		candidates.push({ id: `m:${i}`, row: m.row, x: m.x, width: barW, importance: 1e6, order: i });
		// A label must be fully on screen to be shown: right of the mark first, else left of it.
		const label = { row: m.row, width: e.labelPx, importance: e.importance, order: e.index, group: `e:${i}` };
		if (m.x2 + 4 >= 0 && m.x2 + 4 + e.labelPx <= width + 4) candidates.push({ ...label, id: `r:${i}`, x: m.x2 + 4, rank: 0 });
		if (m.x - 4 - e.labelPx >= 0) candidates.push({ ...label, id: `l:${i}`, x: m.x - 4 - e.labelPx, rank: 1 });
	});
	const shown = placeLabels(candidates, { minX: -1e12, maxX: 1e12, padding: 3 });
	marks.forEach((m, i) => {
		if (m.label === 'inside') return;
		if (shown.has(`r:${i}`)) m.label = 'right';
		else if (shown.has(`l:${i}`)) m.label = 'left';
	});
}
