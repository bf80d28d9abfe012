// Human-readable event dates that respect the date's precision (year / month / day / time of day),
// in en and ru.
// Inputs are partial ISO strings as parsed by time.ts; all dates are calendar dates in UTC.
// date-fns formats in LOCAL time, so every instant is first turned into a local Date at noon with the
// same UTC calendar fields (localDateFromUtc); noon keeps DST transitions irrelevant.
// Years are formatted here, not by date-fns, so years 1-999 are not zero-padded and years <= 0 read "BC".
// Never throws: an unparsable start is returned verbatim, an unparsable end is ignored.
import { format } from 'date-fns';
import { enGB, ru } from 'date-fns/locale';
import { hasTime, parsePartialDate, startOf, type PartialDate } from './time';

export type DisplayLocale = 'en' | 'ru';

const DATE_FNS_LOCALES = { en: enGB, ru } as const;

/** Local Date (12:00) carrying the UTC calendar day of `ms`, for formatting with date-fns. */
export function localDateFromUtc(ms: number): Date {
	const u = new Date(ms);
	const d = new Date(2000, u.getUTCMonth(), u.getUTCDate(), 12);
	d.setFullYear(u.getUTCFullYear());
	return d;
}

/** Formats the UTC calendar fields of `ms` with a date-fns pattern (no year tokens, see formatYear). */
export function formatUtc(ms: number, pattern: string, locale: DisplayLocale): string {
	return format(localDateFromUtc(ms), pattern, { locale: DATE_FNS_LOCALES[locale] });
}

/** Astronomical year → display year: 2009 → "2009", 50 → "50", -44 → "45 BC" / "45 до н. э.". */
export function formatYear(year: number, locale: DisplayLocale): string {
	if (year > 0) return String(year);
	return locale === 'ru' ? `${1 - year} до н. э.` : `${1 - year} BC`;
}

/** Year with the Russian "г." / "гг." suffix (en: plain year). */
function yearText(year: number, locale: DisplayLocale): string {
	if (locale === 'en') return formatYear(year, locale);
	return year > 0 ? `${year} г.` : `${1 - year} г. до н. э.`;
}

/** Month name: 'LLLL' (nominative / stand-alone: "июнь") or 'MMMM' after a day (genitive: "июня"). */
const monthName = (d: PartialDate, locale: DisplayLocale, withDay: boolean) =>
	formatUtc(startOf(d), withDay ? 'd MMMM' : 'LLLL', locale);

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** Time of day, 24-hour in both languages: "14:30", "14:30:05". */
export function timeText(d: PartialDate): string {
	const hm = `${pad(d.hour)}:${pad(d.minute)}`;
	return d.precision === 'second' ? `${hm}:${pad(d.second)}` : hm;
}

/** One date at its own precision: "1998", "June 2009", "16 June 2009" (ru "16 июня 2009 г."), "16 June 2009, 14:30". */
function single(d: PartialDate, locale: DisplayLocale): string {
	const y = yearText(d.year, locale);
	if (d.precision === 'year') return y;
	const date = `${monthName(d, locale, d.precision !== 'month')} ${y}`;
	return hasTime(d.precision) ? `${date}, ${timeText(d)}` : date;
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
	return (
		a.precision === b.precision &&
		a.year === b.year &&
		a.month === b.month &&
		a.day === b.day &&
		a.hour === b.hour &&
		a.minute === b.minute &&
		a.second === b.second
	);
}

/**
 * Formats an event's date or date range at its precision.
 * en: "1998", "June 2009", "16 June 2009", "2004–2005", "May–June 2021", "10–12 May 2021",
 * "28 February – 11 March 2022", "30 December 2025 – 2 January 2026", "August 2012 – June 2013".
 * ru: "1998 г.", "июнь 2009 г.", "16 июня 2009 г.", "2004–2005 гг.", "10–12 мая 2021 г.",
 * "28 февраля – 11 марта 2022 г.", "август 2012 г. – июнь 2013 г.".
 * Times: "16 June 2009, 14:30", "16 June 2009, 14:30–16:00" (ru "16 июня 2009 г., 14:30").
 * Ranges of mixed precision are written as two full dates joined by " – ".
 */
export function formatEventDate(start: string, end: string | undefined, locale: DisplayLocale): string {
	const a = parsePartialDate(start);
	if (!a) return start;
	const b = end === undefined ? undefined : parsePartialDate(end);
	if (!b || sameDate(a, b)) return single(a, locale);
	if (a.precision !== b.precision) return `${single(a, locale)} – ${single(b, locale)}`;
	if (hasTime(a.precision)) {
		// The same day: "16 June 2009, 14:30–16:00"; else two full dates.
		if (a.year === b.year && a.month === b.month && a.day === b.day) return `${single(a, locale)}–${timeText(b)}`;
		return `${single(a, locale)} – ${single(b, locale)}`;
	}

	if (a.precision === 'year') {
		if (locale === 'ru' && a.year > 0 && b.year > 0) return `${a.year}–${b.year} гг.`;
		return `${formatYear(a.year, locale)}–${formatYear(b.year, locale)}`;
	}
	if (a.year !== b.year) return `${single(a, locale)} – ${single(b, locale)}`;
	const y = yearText(a.year, locale);
	if (a.precision === 'month') return `${monthName(a, locale, false)}–${monthName(b, locale, false)} ${y}`;
	if (a.month === b.month) return `${a.day}–${monthName(b, locale, true)} ${y}`;
	return `${monthName(a, locale, true)} – ${monthName(b, locale, true)} ${y}`;
}

/** Compact day label for window bounds: "16 Jun 2009" / "16 июн. 2009". */
export function formatIsoDayShort(ms: number, locale: DisplayLocale): string {
	return `${formatUtc(ms, 'd MMM', locale)} ${formatYear(new Date(ms).getUTCFullYear(), locale)}`;
}
