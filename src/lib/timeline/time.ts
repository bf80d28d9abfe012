// Partial ISO dates ("2009", "2009-06", "2009-06-16") <-> UTC milliseconds with an explicit precision.
// A date of year or month precision covers its whole year or month: it is a range [t0, t1),
// never a point on 1 January. All arithmetic is UTC; years 0-99 are handled with setUTCFullYear.

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	year: number;
	/** 1-12, absent for year precision */
	month?: number;
	/** 1-31, absent for year and month precision */
	day?: number;
	precision: Precision;
}

const PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial ISO 8601 date; returns undefined when the string is not one or not a real day. */
export function parsePartialDate(text: string): PartialDate | undefined {
	const m = PATTERN.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	if (m[2] === undefined) return { year, precision: 'year' };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	if (m[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day, precision: 'day' };
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
	return utc(d.year, d.month ?? 1, d.day ?? 1);
}

/** First instant after the date (exclusive end of the range it covers), in UTC ms. */
export function endOf(d: PartialDate): number {
	if (d.precision === 'year') return utc(d.year + 1, 1, 1);
	if (d.precision === 'month') return d.month === 12 ? utc(d.year + 1, 1, 1) : utc(d.year, d.month! + 1, 1);
	return startOf(d) + 86_400_000;
}

/** Formats back to the canonical ISO string of its precision. */
export function formatPartialDate(d: PartialDate): string {
	const y = d.year < 0 ? '-' + String(-d.year).padStart(4, '0') : String(d.year).padStart(4, '0');
	if (d.precision === 'year') return y;
	const m = String(d.month).padStart(2, '0');
	if (d.precision === 'month') return `${y}-${m}`;
	return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

/** ISO day string (YYYY-MM-DD) of a UTC instant; used for URL windows. */
export function isoDay(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const ys = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
	return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
