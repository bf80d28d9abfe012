// A date of the data ("2009", "2009-06", "2009-06-16", "2009-06-16T14:30") as the parts the form
// edits: its precision, then year, month, day and time of day. Joining writes the ISO form of the
// chosen precision; what is not a real date is left for the schema to report. Pure.

export type DatePrecision = 'year' | 'month' | 'day' | 'time';
export const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];

export interface DateParts {
	precision: DatePrecision;
	/** As typed: "2009", "-44" (44 BCE is year -43 in ISO; the form shows what the data says). */
	year: string;
	/** "1"–"12" or "" */
	month: string;
	/** "1"–"31" or "" */
	day: string;
	/** "HH:mm" or "HH:mm:ss" or "" */
	time: string;
}

const ISO = /^(-?\d+)(?:-(\d{1,2})(?:-(\d{1,2})(?:T(\d{2}:\d{2}(?::\d{2})?))?)?)?$/;

export function splitDate(s: string | undefined): DateParts {
	const m = s ? ISO.exec(s.trim()) : null;
	if (!m) return { precision: 'day', year: s ?? '', month: '', day: '', time: '' };
	const year = String(Number(m[1]));
	const month = m[2] ? String(Number(m[2])) : '';
	const day = m[3] ? String(Number(m[3])) : '';
	const time = m[4] ?? '';
	const precision: DatePrecision = time ? 'time' : day ? 'day' : month ? 'month' : 'year';
	return { precision, year, month, day, time };
}

const pad = (n: string, width: number) => n.padStart(width, '0');

/** The ISO string of the parts at their precision ("" when there is no year). */
export function joinDate(p: DateParts): string {
	const y = p.year.trim();
	if (!/^-?\d+$/.test(y)) return y;
	const n = Number(y);
	let out = n < 0 ? `-${pad(String(-n), 4)}` : pad(String(n), 4);
	if (p.precision === 'year') return out;
	out += `-${pad(p.month || '1', 2)}`;
	if (p.precision === 'month') return out;
	out += `-${pad(p.day || '1', 2)}`;
	if (p.precision === 'day') return out;
	return `${out}T${p.time || '00:00'}`;
}
