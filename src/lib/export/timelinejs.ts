// The timeline as a TimelineJS JSON file, in one language: the title and intro as the title slide,
// eras, and one slide per event (unique_id = id, group = lane label, start_date/end_date at the
// event's precision with TimelineJS's BCE years, display_date, the summary as HTML paragraphs and
// the sources as links under it). Media are not written: sources stay links. Reads back through
// the importer to the same events. Pure.
import { tr, type EventModel, type Locale, type TimelineModel } from '$lib/data/model';
import { parsePartialDate } from '$lib/timeline/time';
import { toTimelineJsYear } from '$lib/import/dates';
import { selectEvents, type ExportScope } from './select';

type TlDate = Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>>;

export interface TimelineJsSlide {
	start_date?: TlDate;
	end_date?: TlDate;
	display_date?: string;
	text: { headline: string; text?: string };
	group?: string;
	unique_id?: string;
}

export interface TimelineJsFile {
	title?: TimelineJsSlide;
	eras?: { start_date: TlDate; end_date: TlDate; text: { headline: string } }[];
	events: TimelineJsSlide[];
}

/** A partial ISO date as a TimelineJS date object. */
export function timelineJsDate(iso: string): TlDate {
	const d = parsePartialDate(iso)!;
	const out: TlDate = { year: toTimelineJsYear(d.year) };
	for (const k of ['month', 'day', 'hour', 'minute', 'second'] as const) if (d[k] !== undefined) out[k] = d[k];
	return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as HTML paragraphs (blank lines) and line breaks. */
export function textToHtml(text: string): string {
	return text
		.split(/\n{2,}/)
		.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
		.join('');
}

function slide(e: EventModel, model: TimelineModel, locale: Locale): TimelineJsSlide {
	const body = [
		e.summary ? textToHtml(tr(e.summary, locale)) : '',
		...e.sources.map((s) => `<p><a href="${escapeHtml(s.url)}">${escapeHtml(tr(s.label, locale) || s.url)}</a></p>`)
	].join('');
	return {
		start_date: timelineJsDate(e.start),
		...(e.end && { end_date: timelineJsDate(e.end) }),
		...(e.displayDate && { display_date: tr(e.displayDate, locale) }),
		text: { headline: escapeHtml(tr(e.title, locale)), ...(body && { text: body }) },
		group: tr(model.tracks[e.lane]?.label, locale),
		unique_id: e.id
	};
}

export function toTimelineJs(model: TimelineModel, locale: Locale, scope: ExportScope = {}): TimelineJsFile {
	const out: TimelineJsFile = { events: selectEvents(model, scope).map((e) => slide(e, model, locale)) };
	if (model.title || model.intro)
		out.title = {
			text: {
				headline: escapeHtml(tr(model.title, locale)),
				...(model.intro && { text: textToHtml(tr(model.intro, locale)) })
			}
		};
	if (model.eras.length)
		out.eras = model.eras.map((era) => ({
			start_date: timelineJsDate(era.start),
			end_date: timelineJsDate(era.end),
			text: { headline: escapeHtml(tr(era.label, locale)) }
		}));
	return out;
}

export function eventsToTimelineJs(model: TimelineModel, locale: Locale, scope: ExportScope = {}): string {
	return JSON.stringify(toTimelineJs(model, locale, scope), null, '\t') + '\n';
}
