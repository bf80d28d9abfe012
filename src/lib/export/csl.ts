// CSL-JSON (Citation Style Language 1.0.2 data) of the sources, for reference managers (Zotero,
// Mendeley, pandoc-citeproc): one item per event, citing its primary source (the first one).
// type is mapped from the event kind: resolution/decision -> "legislation", report -> "report",
// treaty/signature/entry-into-force -> "treaty", statement/declaration/letter -> "document",
// everything else (sessions, summits, processes) -> "webpage" (the source is a page about it).
// `issued` keeps the date's precision ([[2009]], [[2009, 6]], [[2009, 6, 16]]; spans give two parts).
// `number` is the first document symbol; `authority` (the body that adopted it) or `publisher`
// (who issued it) is filled in only when the symbol or the track makes it certain. Pure.
import { m, uncertainLabel } from '$lib/i18n';
import { tr, type EventModel, type Locale, type TimelineModel } from '$lib/data/model';
import { parsePartialDate, type PartialDate } from '$lib/timeline/time';
import { selectEvents, type ExportScope } from './select';

export type CslType = 'legislation' | 'report' | 'treaty' | 'document' | 'webpage';

export interface CslItem {
	id: string;
	type: CslType;
	title: string;
	issued?: { 'date-parts': number[][] };
	URL?: string;
	number?: string;
	authority?: string;
	publisher?: string;
	'event-place'?: string;
	abstract?: string;
	note?: string;
	language: Locale;
}

const TYPES: Record<string, CslType> = {
	resolution: 'legislation',
	decision: 'legislation',
	report: 'report',
	treaty: 'treaty',
	signature: 'treaty',
	'entry-into-force': 'treaty',
	statement: 'document',
	declaration: 'document',
	letter: 'document'
};

export const cslType = (kind: string): CslType => TYPES[kind] ?? 'webpage';

const dateParts = (d: PartialDate): number[] =>
	d.precision === 'year' ? [d.year] : d.precision === 'month' ? [d.year, d.month!] : [d.year, d.month!, d.day!];

/** Who adopted (authority) or issued (publisher) the cited document, when certain. */
function body(e: EventModel, locale: Locale): Pick<CslItem, 'authority' | 'publisher'> {
	const symbol = e.symbols[0] ?? '';
	if (/^A\/(RES|DEC)\//.test(symbol)) return { authority: m.sh_org_unga({}, { locale }) };
	if (/^A\//.test(symbol)) return { publisher: m.sh_org_un({}, { locale }) };
	if (/^ETS\b/.test(symbol)) return { publisher: m.sh_org_coe({}, { locale }) };
	if (e.track === 'sco' && e.kind !== 'summit' && e.kind !== 'other') return { authority: m.sh_org_sco({}, { locale }) };
	return {};
}

export function toCslItem(e: EventModel, locale: Locale): CslItem {
	const item: CslItem = { id: e.id, type: cslType(e.kind), title: tr(e.title, locale), language: locale };
	const start = parsePartialDate(e.start);
	const end = e.end ? parsePartialDate(e.end) : undefined;
	if (start) item.issued = { 'date-parts': end ? [dateParts(start), dateParts(end)] : [dateParts(start)] };
	const url = e.sources[0]?.url;
	if (url) item.URL = url;
	if (e.symbols[0]) item.number = e.symbols[0];
	Object.assign(item, body(e, locale));
	const place = tr(e.place, locale);
	if (place) item['event-place'] = place;
	const summary = tr(e.summary, locale);
	if (summary) item.abstract = summary;
	if (e.uncertain)
		item.note = m.sh_ics_uncertain({ what: uncertainLabel(e.uncertain.about, locale), note: tr(e.uncertain, locale) }, { locale });
	return item;
}

export function eventsToCslItems(model: TimelineModel, locale: Locale, scope: ExportScope = {}): CslItem[] {
	return selectEvents(model, scope).map((e) => toCslItem(e, locale));
}

export function eventsToCsl(model: TimelineModel, locale: Locale, scope: ExportScope = {}): string {
	return JSON.stringify(eventsToCslItems(model, locale, scope), null, '\t') + '\n';
}
