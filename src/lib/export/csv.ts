// CSV of events (RFC 4180 quoting by d3-dsv's csvFormat), one row per event in time order:
// id, track, kind, start, end, title_en, title_ru, symbols, sources, paragraphs, uncertain,
// uncertain_about. Lists are joined with " | " (symbols), " " (source URLs, paragraph refs).
// `uncertain` holds the note in the export's locale and `uncertain_about` the field it is about
// (date, title, symbol, vote, count, place, status, other); both are empty when the event is verified. Text cells that a spreadsheet would
// read as a formula (starting with = + - @ or a tab/CR) are prefixed with an apostrophe; dates are
// left as they are (a BCE year starts with "-"). Pure.
import { csvFormat } from 'd3-dsv';
import { tr, type Locale, type TimelineModel } from '$lib/data/model';
import { selectEvents, type ExportScope } from './select';

export const CSV_COLUMNS = [
	'id',
	'track',
	'kind',
	'start',
	'end',
	'title_en',
	'title_ru',
	'symbols',
	'sources',
	'paragraphs',
	'uncertain',
	'uncertain_about'
] as const;

/** Defuses spreadsheet formula injection in a text cell. */
export function safeCell(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function eventsToCsv(model: TimelineModel, locale: Locale, scope: ExportScope = {}): string {
	const rows = selectEvents(model, scope).map((e) => ({
		id: e.id,
		track: e.track,
		kind: e.kind,
		start: e.start,
		end: e.end ?? '',
		title_en: safeCell(e.title.en),
		title_ru: safeCell(e.title.ru),
		symbols: safeCell(e.symbols.join(' | ')),
		sources: e.sources.map((s) => s.url).join(' '),
		paragraphs: e.paragraphs.map((p) => p.ref).filter((r, i, a) => a.indexOf(r) === i).join(' '),
		uncertain: safeCell(tr(e.uncertain, locale)),
		uncertain_about: e.uncertain?.about ?? ''
	}));
	// A byte-order mark lets spreadsheet programs read the Cyrillic as UTF-8.
	return '\uFEFF' + csvFormat(rows, [...CSV_COLUMNS]);
}
