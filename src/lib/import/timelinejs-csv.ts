// The TimelineJS Google-Sheet template saved as CSV (or copied as tab-separated cells), read the
// way TimelineJS's ConfigFactory reads it: cells trimmed, blank rows skipped, "Group" (or the old
// "Tag"), Year/Month/Day with Time ("14:30", "2:30 PM"), End Year/…/End Time, Type "title" (the
// first one is the title slide, later ones are events) and "era". Old sheets with "Start Date" /
// "End Date" columns are read too. Rows become TimelineJS slides for timelinejs.ts; problems name
// the sheet's row number (the header is row 1) and column.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import type { Gathered, Item } from './assemble';
import { SlideReader, type SlideNames } from './timelinejs';

export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Alt Text',
	'Type',
	'Group',
	'Background'
] as const;
/** Columns of older TimelineJS sheets. */
const OLD_COLUMNS = ['Tag', 'Start Date', 'End Date'];
const KNOWN = new Map([...TIMELINEJS_COLUMNS, ...OLD_COLUMNS].map((c) => [c.toLowerCase(), c]));

/** A header of the TimelineJS sheet: Year (or Start Date) and Headline or Text. */
export function isTimelineJsHeader(header: string[]): boolean {
	const h = new Set(header.map((c) => c.trim().toLowerCase()));
	return (h.has('year') || h.has('start date')) && (h.has('headline') || h.has('text') || h.has('month'));
}

/** "Start Date" of old sheets: 2009-06-16, -500, 6/16/2009, 6/2009, with an optional time. */
function oldDate(text: string): Record<string, string> {
	const iso = /^([+-]?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text);
	if (iso) return { year: iso[1]!.replace('+', ''), month: iso[2] ?? '', day: iso[3] ?? '' };
	const d: Record<string, string> = {};
	let rest = text;
	const mdy = /(\d+)\/(\d+)\/(-?\d+)/.exec(rest);
	const my = mdy ? undefined : /(\d+)\/(-?\d+)/.exec(rest);
	if (mdy) [d.month, d.day, d.year] = [mdy[1]!, mdy[2]!, mdy[3]!];
	else if (my) [d.month, d.year] = [my[1]!, my[2]!];
	rest = rest.replace(mdy?.[0] ?? my?.[0] ?? '', '').trim();
	if (rest) {
		if (!d.year && /^-?\d+$/.test(rest)) d.year = rest;
		else d.time = rest;
	}
	return d;
}

export function readTimelineJsRows(rows: string[][], locale: Locale, progress?: (done: number) => void): Gathered {
	const o = { locale };
	const r = new SlideReader(locale);
	const header = (rows[0] ?? []).map((c) => c.trim());
	const row1 = m.im_row({ n: 1 }, o);
	const columns = header.map((c) => {
		const known = KNOWN.get(c.toLowerCase());
		if (!known && c) r.problems.push({ where: row1, field: c, reason: m.im_unknown_column({ name: c }, o) });
		return known;
	});
	const old = columns.includes('Start Date') || columns.includes('End Date');
	const names: SlideNames = {
		date: (which, part) => {
			if (old) return which === 'start' ? 'Start Date' : 'End Date';
			const p = part === 'year' || part === 'date' ? 'Year' : part === 'month' ? 'Month' : part === 'day' ? 'Day' : 'Time';
			return which === 'start' ? p : `End ${p}`;
		},
		headline: 'Headline',
		text: 'Text',
		media: 'Media',
		group: 'Group',
		id: 'Headline'
	};
	let title: { title?: string; intro?: string } | undefined;
	const eras: Item[] = [];
	const events: Item[] = [];
	for (let i = 1; i < rows.length; i++) {
		if (progress && i % 1000 === 0) progress(0.05 + (0.25 * i) / rows.length);
		const cells = rows[i]!;
		const row: Record<string, string> = {};
		columns.forEach((c, j) => {
			if (c) row[c] = (cells[j] ?? '').trim();
		});
		if (!Object.values(row).some(Boolean)) continue;
		const where = m.im_row({ n: i + 1 }, o);
		const date = (prefix: '' | 'End ') =>
			old
				? row[prefix ? 'End Date' : 'Start Date']
					? oldDate(row[prefix ? 'End Date' : 'Start Date']!)
					: undefined
				: { year: row[`${prefix}Year`] ?? '', month: row[`${prefix}Month`] ?? '', day: row[`${prefix}Day`] ?? '', time: row[`${prefix}Time`] ?? '' };
		const slide = {
			start_date: date(''),
			end_date: date('End '),
			display_date: row['Display Date'] ?? '',
			text: { headline: row.Headline ?? '', text: row.Text ?? '' },
			media: { url: row.Media ?? '', credit: row['Media Credit'] ?? '', caption: row['Media Caption'] ?? '' },
			group: row.Group || row.Tag || ''
		};
		const type = (row.Type ?? '').toLowerCase();
		if (type === 'title' && !title) title = r.title(slide, where, names);
		else if (type === 'era') {
			const era = r.era(slide, where, names);
			if (era) eras.push(era);
		} else {
			if (type === 'title') r.problems.push({ where, field: 'Type', reason: m.im_second_title({}, o) });
			else if (type && type !== 'event') r.problems.push({ where, field: 'Type', reason: m.im_unknown_type({ value: row.Type! }, o) });
			const e = r.event(slide, where, names);
			if (e) events.push(e);
		}
	}
	return {
		format: 'timelinejs-csv',
		...title,
		eras,
		trackLabels: r.trackLabels,
		themes: [],
		documents: [],
		events,
		problems: r.problems
	};
}
