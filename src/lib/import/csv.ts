// Our own CSV (src/lib/export/csv.ts) back to a timeline, and the simplest spreadsheet a person
// would write: only id, track, start and title are needed (type defaults to "event"; a plain
// `title`, `summary`, … column counts for both languages; lanes without a "lane" row are made from
// the track ids). An apostrophe the exporter put before a formula-like text is removed. Cells of
// lists: symbols " | ", themes and paragraph refs with spaces, sources one "url label" per line,
// or JSON (a cell starting with "[" or "{"). Problems name the row (the header is row 1).
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import type { Gathered, Item } from './assemble';
import { slugify } from './ids';

const TEXTS = ['title', 'short', 'summary', 'display_date', 'place', 'uncertain'] as const;
const PLAIN = ['type', 'id', 'track', 'kind', 'start', 'end', 'symbols', 'adoption', 'sources', 'themes', 'paragraphs', 'importance', 'uncertain_about'];
const KNOWN = new Set([...PLAIN, ...TEXTS.flatMap((t) => [t, `${t}_en`, `${t}_ru`])]);
/** Our field names for the text columns. */
const FIELD: Record<(typeof TEXTS)[number], string> = {
	title: 'title',
	short: 'short',
	summary: 'summary',
	display_date: 'displayDate',
	place: 'place',
	uncertain: 'uncertain'
};

/** Our CSV: a header with id (or title) and start. */
export function isOurCsvHeader(header: string[]): boolean {
	const h = new Set(header.map((c) => c.trim().toLowerCase()));
	return h.has('start') && (h.has('id') || h.has('title') || h.has('title_en') || h.has('title_ru'));
}

/** Removes the apostrophe that defuses a formula-like text. */
const undefuse = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

type Text = string | { en?: string; ru?: string };

export function readOurCsv(rows: string[][], locale: Locale, progress?: (done: number) => void): Gathered {
	const o = { locale };
	const problems: Gathered['problems'] = [];
	const header = (rows[0] ?? []).map((c) => c.trim().toLowerCase());
	const row1 = m.im_row({ n: 1 }, o);
	header.forEach((c, j) => {
		if (c && !KNOWN.has(c)) problems.push({ where: row1, field: rows[0]![j]!.trim(), reason: m.im_unknown_column({ name: rows[0]![j]!.trim() }, o) });
	});
	const col = new Map(header.map((c, j) => [c, j]));
	const g: Gathered = { format: 'csv', eras: [], themes: [], documents: [], events: [], problems };
	const tracks: Item[] = [];
	const fieldName = (key: string) => {
		const t = TEXTS.find((x) => FIELD[x] === key);
		return t ? (col.has(`${t}_en`) || !col.has(t) ? `${t}_en` : t) : key;
	};
	let title = false;
	for (let i = 1; i < rows.length; i++) {
		if (progress && i % 1000 === 0) progress(0.05 + (0.25 * i) / rows.length);
		const cells = rows[i]!;
		const cell = (name: string) => {
			const j = col.get(name);
			return j === undefined ? '' : (cells[j] ?? '').trim();
		};
		if (!cells.some((c) => c.trim())) continue;
		const where = m.im_row({ n: i + 1 }, o);
		const text = (name: (typeof TEXTS)[number]): Text | undefined => {
			const both = undefuse(cell(name));
			const en = undefuse(cell(`${name}_en`)) || both;
			const ru = undefuse(cell(`${name}_ru`)) || both;
			if (!en && !ru) return undefined;
			return en === ru ? en : { ...(en && { en }), ...(ru && { ru }) };
		};
		const value: Record<string, unknown> = {};
		const put = (key: string, v: unknown) => {
			if (v !== undefined && v !== '') value[key] = v;
		};
		const json = (name: string, parse: (s: string) => unknown): unknown => {
			const s = cell(name);
			if (!s) return undefined;
			if (s.startsWith('[') || s.startsWith('{')) {
				try {
					return JSON.parse(s);
				} catch (e) {
					problems.push({ where, field: name, reason: m.im_ignored({ reason: m.im_bad_cell_json({ detail: (e as Error).message }, o) }, o) });
					return undefined;
				}
			}
			return parse(s);
		};
		const type = cell('type').toLowerCase() || 'event';
		if (type === 'title') {
			if (!title) {
				title = true;
				g.title = text('title');
				g.intro = text('summary');
			}
			continue;
		}
		if (type === 'lane' || type === 'theme') {
			put('id', cell('id'));
			put('label', text('title'));
			if (type === 'lane') put('description', text('summary'));
			(type === 'lane' ? tracks : g.themes).push({ where, value, field: (k) => (k === 'label' ? fieldName('title') : k === 'description' ? fieldName('summary') : k) });
			continue;
		}
		if (type === 'era') {
			put('start', cell('start'));
			put('end', cell('end'));
			put('label', text('title') ?? `${cell('start')} – ${cell('end')}`);
			g.eras.push({ where, value, field: (k) => (k === 'label' ? fieldName('title') : k) });
			continue;
		}
		if (type !== 'event') problems.push({ where, field: 'type', reason: m.im_unknown_type({ value: cell('type') }, o) });
		const t = text('title');
		put('id', cell('id') || slugify(typeof t === 'string' ? t : (t?.en ?? t?.ru ?? '')) || `row-${i + 1}`);
		put('track', cell('track') || 'events');
		put('kind', cell('kind'));
		put('start', cell('start'));
		put('end', cell('end'));
		for (const name of TEXTS) put(FIELD[name], name === 'title' ? t : text(name));
		// An uncertainty names its field in `uncertain_about` (our export writes it beside the note).
		const about = cell('uncertain_about');
		const u = value.uncertain as Text | undefined;
		if (u !== undefined && about) value.uncertain = typeof u === 'string' ? { about, en: u, ru: u } : { about, ...u };
		put('symbols', json('symbols', (s) => undefuse(s).split(' | ').map((x) => x.trim()).filter(Boolean)));
		put('adoption', json('adoption', (s) => s));
		put(
			'sources',
			json('sources', (s) =>
				s
					.split(/\r?\n/)
					.map((line) => line.trim())
					.filter(Boolean)
					.map((line) => {
						const sp = line.search(/\s/);
						return sp < 0 ? { url: line } : { url: line.slice(0, sp), label: line.slice(sp).trim() };
					})
			)
		);
		put('themes', json('themes', (s) => s.split(/[\s,]+/).filter(Boolean)));
		put('paragraphs', json('paragraphs', (s) => s.split(/[\s,]+/).filter(Boolean).map((ref) => ({ ref }))));
		const imp = cell('importance');
		put('importance', imp === '' ? undefined : /^\d+$/.test(imp) ? Number(imp) : imp);
		g.events.push({ where, value, field: fieldName });
	}
	// Lanes named only by events get their id as label; "events" (the default) is translated.
	g.tracks = tracks.length ? tracks : undefined;
	if (!tracks.length)
		g.trackLabels = new Map([['events', { en: m.im_lane_events({}, { locale: 'en' }), ru: m.im_lane_events({}, { locale: 'ru' }) }]]);
	return g;
}
