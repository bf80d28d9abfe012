// The timeline as a self-contained SVG image drawn from the data (not a screenshot): title and date
// range, a time axis (chooseTicks), one band per track with its label and colour, the events placed
// by the same layout as the interactive view (indexLanes + layoutTimeline: sub-rows, label
// placement, density bins for crowded lanes), a legend and a source line. Presentation attributes
// only, system fonts, every text escaped; nothing is fetched when it is opened. Pure.
import { m, uncertainLabel } from '$lib/i18n';
import { tr, type EventModel, type Locale, type TimelineModel } from '$lib/data/model';
import { indexLanes, labelWidth, layoutTimeline, type LaneLayout, type MarkLayout } from '$lib/timeline/layout';
import { chooseTicks } from '$lib/timeline/ticks';
import { formatEventDate, formatIsoDayShort, formatYear } from '$lib/timeline/format-date';
import { fitAll } from '$lib/timeline/zoom';
import { COLOURS, FONT, clip, esc, laneColour, n, textWidth } from './svg-theme';
import { bar, glyph, hatchPattern, star, uncertainRing } from './svg-marks';
import type { ExportScope } from './select';

export interface SvgOptions extends ExportScope {
	locale: Locale;
	/** Heading of the image (e.g. the site title or a story title). */
	title: string;
	/** Who to credit in the source line: the site's name and address. */
	site: string;
	/** Where the open data lives, for the source line. Default "/data/timeline.json". */
	dataUrl?: string;
	/** Image width, px. Default 1200. */
	width?: number;
	/** Track ids to draw, in order. Default: every track with an event that passes the filter. */
	tracks?: string[];
}

export interface SvgImage {
	svg: string;
	width: number;
	height: number;
}

const PAD = 24;
const ROW = 26;
const HEAD = 20;
const LABEL_PX = 12.5;

/** The visible range in words: years for long ranges, days for short ones. */
function rangeText([w0, w1]: [number, number], locale: Locale): [string, string] {
	if (w1 - w0 > 3 * 365 * 86_400_000)
		return [formatYear(new Date(w0).getUTCFullYear(), locale), formatYear(new Date(w1 - 1).getUTCFullYear(), locale)];
	return [formatIsoDayShort(w0, locale), formatIsoDayShort(w1 - 1, locale)];
}

function mark(mk: MarkLayout, e: EventModel, top: number, x0: number, locale: Locale, featured: boolean): string {
	const y = top + mk.y;
	const doubt = e.uncertain ? `; ${uncertainLabel(e.uncertain.about, locale).toLocaleLowerCase(locale)}` : '';
	const tip = `${tr(e.title, locale)} (${formatEventDate(e.start, e.end, locale)}${doubt})`;
	// Same rule as the view: spans and vague dates (month or year) are bars, exact days are points.
	const vague = !e.isSpan && (e.precision === 'year' || e.precision === 'month');
	const x = x0 + mk.x;
	let shape: string;
	// Only an unverified date is drawn dashed; other uncertainties are about a field the plot does not show.
	const dashed = e.uncertain?.about === 'date';
	if (featured) shape = star(x - 3, y + 4);
	else if (e.isSpan || vague) shape = bar(e.lane, x, x0 + mk.x2, y, vague ? 'vague' : 'span', dashed);
	else shape = glyph(e.lane, x, y + 7) + (dashed ? uncertainRing(x, y + 7) : '');
	let label = '';
	const text = esc(clip(tr(e.short ?? e.title, locale)));
	const weight = featured ? ' font-weight="700"' : '';
	if (mk.label === 'inside')
		label = `<text x="${n(Math.max(x, x0) + 6)}" y="${n(y + 17.5)}" fill="${COLOURS.fg}" font-weight="600">${text}</text>`;
	else if (mk.label === 'right' || mk.label === 'left') {
		const at = mk.label === 'right' ? `x="${n(x0 + mk.x2 + 4)}"` : `x="${n(x - 4)}" text-anchor="end"`;
		label = `<text ${at} y="${n(y + 17.5)}" fill="${COLOURS.fg}"${weight} stroke="${COLOURS.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${text}</text>`;
	}
	return `<g><title>${esc(tip)}</title>${shape}${label}</g>`;
}

function density(lane: LaneLayout, top: number, x0: number, plotW: number, colour: string): string {
	const bins = lane.bins;
	if (!bins || !bins.length) return '';
	let max = 1;
	for (const b of bins) if (b > max) max = b;
	const w = plotW / bins.length;
	const h = lane.height - 12;
	const out: string[] = [];
	bins.forEach((c, i) => {
		if (!c) return;
		// Square-root scale, as in the view: a few events stay visible next to many.
		const bh = Math.max(2, Math.sqrt(c / max) * h);
		out.push(`<rect x="${n(x0 + i * w)}" y="${n(top + lane.height - 6 - bh)}" width="${n(Math.max(1, w - 0.5))}" height="${n(bh)}" fill="${colour}" opacity="0.75"/>`);
	});
	return out.join('');
}

/** Legend items laid out in rows: [swatch svg, label] pairs flowing left to right. */
function legend(items: { swatch: (x: number, y: number) => string; label: string }[], top: number, width: number): { svg: string; height: number } {
	const out: string[] = [];
	let x = PAD;
	let y = top;
	for (const it of items) {
		const w = 18 + textWidth(it.label, 12) + 20;
		if (x + w > width - PAD && x > PAD) {
			x = PAD;
			y += 20;
		}
		out.push(it.swatch(x, y), `<text x="${n(x + 18)}" y="${n(y + 10)}" fill="${COLOURS.fg}">${esc(it.label)}</text>`);
		x += w;
	}
	return { svg: `<g font-size="12">${out.join('')}</g>`, height: y - top + 14 };
}

/** Draws the events in scope over `window` (default: the whole range, padded as "fit all"). */
export function timelineSvg(model: TimelineModel, opts: SvgOptions): SvgImage {
	const { locale } = opts;
	const width = Math.max(480, Math.round(opts.width ?? 1200));
	const plotW = width - 2 * PAD;
	const x0 = PAD;
	const window = opts.window ?? fitAll(model.extent, 0.03);
	const events = opts.filter ? model.events.filter(opts.filter) : model.events;
	const byId = new Map(events.map((e) => [e.id, e]));
	const lanes = indexLanes(
		events.map((e) => ({ id: e.id, lane: e.lane, t0: e.t0, t1: e.t1, isSpan: e.isSpan, importance: e.importance, index: e.index, labelPx: labelWidth(tr(e.short ?? e.title, locale)) })),
		model.tracks.length
	);
	const wanted = opts.tracks ?? model.tracks.filter((t) => lanes[t.index]!.events.length > 0).map((t) => t.id);
	const order = wanted.map((id) => model.tracks.find((t) => t.id === id)?.index).filter((i): i is number => i !== undefined);
	const layout = layoutTimeline(lanes, order, window, { width: plotW, rowHeight: ROW });

	const [from, to] = rangeText(window, locale);
	const axisTop = PAD + 62;
	const lanesTop = axisTop + 12;
	const lanesBottom = lanesTop + layout.height + layout.lanes.length * HEAD;
	const parts: string[] = [];

	// Title, range.
	parts.push(
		`<text x="${PAD}" y="${PAD + 18}" font-size="20" font-weight="700" fill="${COLOURS.fg}">${esc(opts.title)}</text>`,
		`<text x="${PAD}" y="${PAD + 40}" font-size="13" fill="${COLOURS.fgSoft}">${esc(m.sh_svg_range({ from, to }, { locale }))}</text>`
	);

	// Lane bands and labels.
	layout.lanes.forEach((lane, k) => {
		const head = lanesTop + lane.y + k * HEAD;
		const track = model.tracks[lane.lane]!;
		if (k % 2 === 0) parts.push(`<rect x="0" y="${n(head)}" width="${width}" height="${n(HEAD + lane.height)}" fill="${COLOURS.bgSoft}"/>`);
		parts.push(
			`<line x1="0" y1="${n(head)}" x2="${width}" y2="${n(head)}" stroke="${COLOURS.border}"/>`,
			glyph(lane.lane, PAD, head + 5, 10),
			`<text x="${PAD + 15}" y="${n(head + 14)}" font-size="12" font-weight="700" letter-spacing="0.2" fill="${COLOURS.fgSoft}">${esc(tr(track.label, locale).toLocaleUpperCase(locale))}</text>`
		);
	});

	// Axis: gridlines through the lanes, labels above them.
	const ticks = chooseTicks(window, plotW, locale, { subDay: model.hasTimes }).ticks;
	const k = plotW / (window[1] - window[0]);
	for (const t of ticks) {
		const x = x0 + (t.t - window[0]) * k;
		if (x < x0 || x > x0 + plotW) continue;
		parts.push(`<line x1="${n(x)}" y1="${axisTop + 4}" x2="${n(x)}" y2="${n(lanesBottom)}" stroke="${COLOURS.border}" stroke-width="${t.major ? 1.5 : 1}"/>`);
		if (x + 4 + textWidth(t.label, 11) <= x0 + plotW)
			parts.push(`<text x="${n(x + 4)}" y="${axisTop}" font-size="11" fill="${COLOURS.fgSoft}">${esc(t.label)}</text>`);
	}

	// Marks, clipped to the plot.
	const marks: string[] = [];
	const laneTop = new Map(layout.lanes.map((lane, k) => [lane.lane, lanesTop + (k + 1) * HEAD]));
	for (const lane of layout.lanes)
		if (lane.dense) marks.push(density(lane, laneTop.get(lane.lane)! + lane.y, x0, plotW, laneColour(lane.lane)));
	const featured = model.documents[0]?.eventId;
	for (const mk of layout.marks) {
		const e = byId.get(mk.id);
		if (e) marks.push(mark(mk, e, laneTop.get(mk.lane)!, x0, locale, e.id === featured));
	}
	parts.push(
		`<defs>${layout.lanes.map((l) => hatchPattern(l.lane)).join('')}${hatchPattern('legend', COLOURS.fgSoft)}</defs>`,
		`<clipPath id="plot"><rect x="${x0 - 2}" y="${lanesTop}" width="${plotW + PAD / 2}" height="${n(lanesBottom - lanesTop)}"/></clipPath>`,
		`<g clip-path="url(#plot)" font-size="${LABEL_PX}">${marks.join('')}</g>`
	);

	// Legend and source line.
	const soft = COLOURS.fgSoft;
	const items = layout.lanes.map((lane) => ({
		label: tr(model.tracks[lane.lane]!.label, locale),
		swatch: (x: number, y: number) => glyph(lane.lane, x, y)
	}));
	items.push(
		{ label: m.sh_legend_point({}, { locale }), swatch: (x, y) => `<circle cx="${n(x + 6)}" cy="${n(y + 6)}" r="6" fill="${soft}"/>` },
		{ label: m.sh_legend_span({}, { locale }), swatch: (x, y) => `<rect x="${n(x)}" y="${n(y)}" width="14" height="12" rx="3" fill="${soft}" fill-opacity="0.3" stroke="${soft}" stroke-width="2"/>` },
		{ label: m.sh_legend_vague({}, { locale }), swatch: (x, y) => `<rect x="${n(x)}" y="${n(y)}" width="14" height="12" rx="3" fill="url(#hatch-legend)" stroke="${soft}" stroke-width="2" stroke-dasharray="2 2"/>` },
		{ label: m.sh_legend_uncertain({}, { locale }), swatch: (x, y) => `<rect x="${n(x)}" y="${n(y)}" width="14" height="12" rx="3" fill="none" stroke="${soft}" stroke-width="2" stroke-dasharray="4 2"/>` }
	);
	if (featured && byId.has(featured) && layout.marks.some((mk) => mk.id === featured))
		items.push({ label: clip(tr(byId.get(featured)!.short ?? byId.get(featured)!.title, locale), 40), swatch: (x, y) => star(x - 3, y - 3) });
	if (layout.lanes.some((l) => l.dense))
		items.push({ label: m.sh_legend_dense({}, { locale }), swatch: (x, y) => `<path d="M${n(x)} ${n(y + 12)}h3v-5h3v-7h3v9h3v3Z" fill="${soft}"/>` });
	const leg = legend(items, lanesBottom + 18, width);
	parts.push(leg.svg);
	const sourceY = lanesBottom + 18 + leg.height + 20;
	const source = m.sh_svg_source({ site: opts.site, data: opts.dataUrl ?? '/data/timeline.json' }, { locale });
	parts.push(`<text x="${PAD}" y="${n(sourceY)}" font-size="11" fill="${COLOURS.fgSoft}">${esc(source)}</text>`);
	const height = Math.ceil(sourceY + PAD);

	const count = layout.lanes.reduce((s, l) => s + l.count, 0);
	const desc = m.sh_svg_desc({ from, to, count }, { locale });
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="svg-title svg-desc" font-family="${esc(FONT)}" lang="${locale}">` +
		`<title id="svg-title">${esc(opts.title)}</title><desc id="svg-desc">${esc(desc)}</desc>` +
		`<rect width="${width}" height="${height}" fill="${COLOURS.bg}"/>` +
		parts.join('') +
		`</svg>`;
	return { svg, width, height };
}
