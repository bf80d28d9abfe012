// Partial ISO dates ("2009", "2009-06", "2009-06-16", "2009-06-16T14:30", "2009-06-16T14:30:05")
// <-> UTC milliseconds with an explicit precision. A date of year, month or day precision covers
// its whole year, month or day: it is a range [t0, t1), never a point on 1 January; a time covers
// its minute or second. Years are astronomical and may be negative (-0044 is 45 BC) and have 4 to
// 6 digits. Times carry no zone: like every date here they are read and shown as UTC calendar
// fields. All arithmetic is UTC; years 0-99 are handled with setUTCFullYear.

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** Precisions from the coarsest to the finest. */
export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

export interface PartialDate {
	year: number;
	/** 1-12, absent for year precision */
	month?: number;
	/** 1-31, absent for year and month precision */
	day?: number;
	/** 0-23, present for minute and second precision */
	hour?: number;
	/** 0-59, present for minute and second precision */
	minute?: number;
	/** 0-59, present for second precision */
	second?: number;
	precision: Precision;
}

/** Largest absolute year written (JavaScript dates reach ±275,760). */
export const MAX_YEAR = 271_820;

const PATTERN = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/** True for a time-of-day precision (minute or second). */
export const hasTime = (p: Precision): boolean => p === 'minute' || p === 'second';

/**
 * Parses a partial ISO 8601 date; returns undefined when the string is not one or not a real
 * date (month 13, 30 February, hour 24, a year past ±271,820).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
	const m = PATTERN.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	if (Math.abs(year) > MAX_YEAR || Object.is(year, -0)) return undefined;
	if (m[2] === undefined) return { year, precision: 'year' };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	if (m[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	if (m[4] === undefined) return { year, month, day, precision: 'day' };
	const hour = Number(m[4]);
	const minute = Number(m[5]);
	if (hour > 23 || minute > 59) return undefined;
	if (m[6] === undefined) return { year, month, day, hour, minute, precision: 'minute' };
	const second = Number(m[6]);
	if (second > 59) return undefined;
	return { year, month, day, hour, minute, second, precision: 'second' };
}

/** UTC milliseconds of midnight at the start of the given day (month 1-12). */
export function utc(year: number, month = 1, day = 1): number {
	// Date.UTC reads years 0-99 as 1900-1999; only those need the slower path.
	if (year < 0 || year > 99) return Date.UTC(year, month - 1, day);
	const d = new Date(Date.UTC(2000, month - 1, day));
	d.setUTCFullYear(year);
	return d.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the proleptic Gregorian calendar, as Date counts them. */
export function daysInMonth(year: number, month: number): number {
	if (month !== 2) return MONTH_DAYS[month - 1]!;
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** First instant covered by the date (inclusive), in UTC ms. */
export function startOf(d: PartialDate): number {
	const day = utc(d.year, d.month ?? 1, d.day ?? 1);
	return d.hour === undefined ? day : day + ((d.hour * 60 + (d.minute ?? 0)) * 60 + (d.second ?? 0)) * 1000;
}

/** First instant after the date (exclusive end of the range it covers), in UTC ms. */
export function endOf(d: PartialDate): number {
	switch (d.precision) {
		case 'year':
			return utc(d.year + 1, 1, 1);
		case 'month':
			return d.month === 12 ? utc(d.year + 1, 1, 1) : utc(d.year, d.month! + 1, 1);
		case 'day':
			return startOf(d) + 86_400_000;
		case 'minute':
			return startOf(d) + 60_000;
		case 'second':
			return startOf(d) + 1000;
	}
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An astronomical year as ISO 8601 writes it: at least 4 digits, "-" before negative years. */
export const isoYear = (y: number): string => (y < 0 ? '-' + pad(-y, 4) : pad(y, 4));

/** Formats back to the canonical ISO string of its precision. */
export function formatPartialDate(d: PartialDate): string {
	const y = isoYear(d.year);
	if (d.precision === 'year') return y;
	const m = pad(d.month!);
	if (d.precision === 'month') return `${y}-${m}`;
	const day = `${y}-${m}-${pad(d.day!)}`;
	if (d.precision === 'day') return day;
	const hm = `${day}T${pad(d.hour!)}:${pad(d.minute!)}`;
	return d.precision === 'minute' ? hm : `${hm}:${pad(d.second!)}`;
}

/** The calendar fields of a UTC instant at a precision (the inverse of startOf). */
export function partialDateAt(ms: number, precision: Precision): PartialDate {
	const t = new Date(ms);
	const d: PartialDate = { year: t.getUTCFullYear(), precision };
	if (precision === 'year') return d;
	d.month = t.getUTCMonth() + 1;
	if (precision === 'month') return d;
	d.day = t.getUTCDate();
	if (precision === 'day') return d;
	d.hour = t.getUTCHours();
	d.minute = t.getUTCMinutes();
	if (precision === 'second') d.second = t.getUTCSeconds();
	return d;
}

/** ISO day string (YYYY-MM-DD) of a UTC instant; used for URL windows. */
export function isoDay(ms: number): string {
	return formatPartialDate(partialDateAt(ms, 'day'));
}
