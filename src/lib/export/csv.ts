// CSV of a timeline (RFC 4180 quoting by d3-dsv's csvFormat) that reads back through the importer
// (src/lib/import/csv.ts) to the same timeline. The `type` column says what a row is: "title"
// (the timeline's title and intro), "lane", "theme", "era", then one "event" row per event in time
// order. Texts have a column per language (title_en, title_ru, …); for a lane or theme the title
// columns hold its label and summary its description; for the title row summary holds the intro.
// Lists: symbols joined with " | ", themes with spaces, sources one per line ("url label" when the
// label is the same in both languages, else JSON), paragraph links as refs with spaces (JSON when
// they carry phrases), adoption as JSON; `uncertain_about` names the field an uncertainty is about (date, title, symbol,
// vote, count, place, status, other). Text cells a spreadsheet would read as a formula
// (starting with = + - @ or a tab/CR) get an apostrophe in front, which the importer removes;
// dates are left as they are (a BCE year starts with "-"). Pure.
import { csvFormat } from 'd3-dsv';
import type { EventModel, Locale, TimelineModel } from '$lib/data/model';
import type { I18n } from '$lib/data/schema';
import { selectEvents, type ExportScope } from './select';

export const CSV_COLUMNS = [
	'type',
	'id',
	'track',
	'kind',
	'start',
	'end',
	'title_en',
	'title_ru',
	'short_en',
	'short_ru',
	'summary_en',
	'summary_ru',
	'display_date_en',
	'display_date_ru',
	'place_en',
	'place_ru',
	'symbols',
	'adoption',
	'sources',
	'themes',
	'paragraphs',
	'uncertain_en',
	'uncertain_ru',
	'uncertain_about',
	'importance'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<CsvColumn, string>>;

/** Defuses spreadsheet formula injection in a text cell. */
export function safeCell(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The two language columns of a text. */
function texts(name: 'title' | 'short' | 'summary' | 'display_date' | 'place' | 'uncertain', t: I18n | undefined): Row {
	if (!t) return {};
	return { [`${name}_en`]: safeCell(t.en), [`${name}_ru`]: safeCell(t.ru) };
}

/** Sources: "url label" lines while every label is one line, the same in both languages; else JSON. */
export function sourcesCell(sources: EventModel['sources']): string {
	if (sources.some((s) => s.label && (s.label.en !== s.label.ru || /\n/.test(s.label.en)))) return JSON.stringify(sources);
	return sources.map((s) => (s.label ? `${s.url} ${s.label.en}` : s.url)).join('\n');
}

function eventRow(e: EventModel): Row {
	return {
		type: 'event',
		id: e.id,
		track: e.track,
		kind: e.kind,
		start: e.start,
		end: e.end ?? '',
		...texts('title', e.title),
		...texts('short', e.short),
		...texts('summary', e.summary),
		...texts('display_date', e.displayDate),
		...texts('place', e.place),
		symbols: safeCell(e.symbols.join(' | ')),
		adoption: e.adoption ? JSON.stringify(e.adoption) : '',
		sources: sourcesCell(e.sources),
		themes: e.themes.join(' '),
		paragraphs: e.paragraphs.some((p) => p.phrase) ? JSON.stringify(e.paragraphs) : e.paragraphs.map((p) => p.ref).join(' '),
		...texts('uncertain', e.uncertain),
		uncertain_about: e.uncertain?.about ?? '',
		importance: String(e.importance)
	};
}

/**
 * The timeline as CSV: its title row, lanes, themes and eras, then the events in scope. The
 * locale is not used (every text has both languages); it stays for the export menu's signature.
 */
export function eventsToCsv(model: TimelineModel, _locale?: Locale, scope: ExportScope = {}): string {
	const rows: Row[] = [];
	if (model.title || model.intro) rows.push({ type: 'title', ...texts('title', model.title), ...texts('summary', model.intro) });
	for (const t of model.tracks) rows.push({ type: 'lane', id: t.id, ...texts('title', t.label), ...texts('summary', t.description) });
	for (const t of model.themes) rows.push({ type: 'theme', id: t.id, ...texts('title', t.label) });
	for (const era of model.eras) rows.push({ type: 'era', start: era.start, end: era.end, ...texts('title', era.label) });
	for (const e of selectEvents(model, scope)) rows.push(eventRow(e));
	// A byte-order mark lets spreadsheet programs read the Cyrillic as UTF-8.
	return '\uFEFF' + csvFormat(rows, [...CSV_COLUMNS]);
}
