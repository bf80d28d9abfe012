// iCalendar (RFC 5545) of the dated events. Every event becomes an all-day VEVENT:
// DTSTART;VALUE=DATE is its first day and DTEND;VALUE=DATE the day after its last (exclusive), so a
// span 2021-05-10..2021-05-12 runs DTSTART 20210510, DTEND 20210513. Our decision for events known
// only to the month or the year: they are INCLUDED as all-day spans of that whole month or year, and
// their DESCRIPTION says so ("Date known to the month only…"), because leaving out a third of the
// history would mislead more than a long entry does. Years before 1 or after 9999 cannot be written
// and are skipped. Output is deterministic: lines end in CRLF and are folded at 75 octets (UTF-8,
// never inside a character), TEXT values are escaped, UID is "<event id>@<uidDomain>", and DTSTAMP
// is fixed by the data (by default the latest start date in the whole model), never "now". Pure.
import { m, uncertainLabel } from '$lib/i18n';
import { tr, type EventModel, type Locale, type TimelineModel } from '$lib/data/model';
import { hasTime, isoDay } from '$lib/timeline/time';
import { selectEvents, type ExportScope } from './select';

export interface IcsOptions extends ExportScope {
	locale: Locale;
	/** Calendar name (X-WR-CALNAME). */
	name?: string;
	/** Absolute URL of an event's page (URL property); no URL when it returns undefined. */
	eventUrl?: (id: string) => string | undefined;
	/** Right-hand side of every UID. Default "iis-timeline". */
	uidDomain?: string;
	/** DTSTAMP, UTC ms. Default: the latest event start in the model (changes only with the data). */
	stamp?: number;
}

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const n = encoder.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74;
		if (octets + n > limit) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += n;
	}
	out.push(current);
	return out.join('\r\n ');
}

/** "YYYYMMDD" of a UTC instant. */
const icsDate = (ms: number): string => isoDay(ms).replace(/-/g, '');

const stampOf = (ms: number): string => `${icsDate(ms)}T000000Z`;

/** "YYYYMMDDTHHMMSS" of a UTC instant: a floating date-time (our times carry no zone). */
const icsDateTime = (ms: number): string => {
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${icsDate(ms)}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
};

/** True when the event's dates can be written as iCalendar DATE values (years 1–9999). */
export function isCalendarDate(e: EventModel): boolean {
	const y0 = new Date(e.t0).getUTCFullYear();
	const y1 = new Date(e.t1 - 1).getUTCFullYear();
	return y0 >= 1 && y1 <= 9999;
}

function description(e: EventModel, locale: Locale): string {
	const parts: string[] = [];
	const summary = tr(e.summary, locale);
	if (summary) parts.push(summary);
	if (e.precision === 'month') parts.push(m.sh_ics_month_precision({}, { locale }));
	if (e.precision === 'year') parts.push(m.sh_ics_year_precision({}, { locale }));
	if (e.uncertain)
		parts.push(m.sh_ics_uncertain({ what: uncertainLabel(e.uncertain.about, locale), note: tr(e.uncertain, locale) }, { locale }));
	if (e.symbols.length) parts.push(m.sh_ics_symbols({ symbols: e.symbols.join(', ') }, { locale }));
	if (e.sources.length) parts.push([m.sh_ics_sources({}, { locale }), ...e.sources.map((s) => s.url)].join('\n'));
	return parts.join('\n\n');
}

export function eventsToIcs(model: TimelineModel, opts: IcsOptions): string {
	const { locale } = opts;
	const domain = opts.uidDomain ?? 'iis-timeline';
	const stamp = stampOf(opts.stamp ?? model.events.reduce((max, e) => Math.max(max, e.t0), 0));
	const trackLabel = new Map(model.tracks.map((t) => [t.id, tr(t.label, locale)]));
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//iis-timeline//Timeline export//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	if (opts.name) lines.push(`X-WR-CALNAME:${escapeText(opts.name)}`);
	for (const e of selectEvents(model, opts)) {
		if (!isCalendarDate(e)) continue;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.id}@${domain}`,
			`DTSTAMP:${stamp}`,
			...(hasTime(e.precision)
				? [`DTSTART:${icsDateTime(e.t0)}`, `DTEND:${icsDateTime(e.t1)}`]
				: [`DTSTART;VALUE=DATE:${icsDate(e.t0)}`, `DTEND;VALUE=DATE:${icsDate(e.t1)}`]),
			`SUMMARY:${escapeText(tr(e.title, locale))}`,
			`DESCRIPTION:${escapeText(description(e, locale))}`
		);
		const place = tr(e.place, locale);
		if (place) lines.push(`LOCATION:${escapeText(place)}`);
		const track = trackLabel.get(e.track);
		if (track) lines.push(`CATEGORIES:${escapeText(track)}`);
		const url = opts.eventUrl?.(e.id);
		if (url && /^https?:\/\//i.test(url)) lines.push(`URL:${url}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
