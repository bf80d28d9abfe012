// One entry point for every way in (?data=, the file picker, drop, paste, the editor): the text of
// a file is recognised and read, each item validated on its own, and the result lists everything
// that was wrong. Formats: our JSON and its minimal form, TimelineJS JSON, the TimelineJS sheet as
// CSV (or tab-separated, as copied from a spreadsheet), and our own CSV export. Pure: it runs in a
// worker for big inputs (importInWorker, in-worker.ts) and never throws.
import { dsvFormat } from 'd3-dsv';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import { assemble, type Gathered } from './assemble';
import { isNative, readNative } from './native';
import { isTimelineJs, readTimelineJs } from './timelinejs';
import { isTimelineJsHeader, readTimelineJsRows } from './timelinejs-csv';
import { isOurCsvHeader, readOurCsv } from './csv';
import type { ImportFormat, ImportOptions, ImportResult, Problem } from './types';

export type { ImportFormat, ImportOptions, ImportResult, Problem } from './types';

const looksJson = (text: string, opts: ImportOptions) =>
	/^\s*[[{]/.test(text) || /\.json$/i.test(opts.name ?? '') || /json/i.test(opts.type ?? '');

/** The delimiter of a sheet: the most frequent of comma, tab and semicolon in its first line. */
export function delimiterOf(text: string): string {
	const line = text.slice(0, text.search(/\r?\n|$/));
	let best = ',';
	let most = 0;
	for (const d of [',', '\t', ';']) {
		const n = line.split(d).length - 1;
		if (n > most) [best, most] = [d, n];
	}
	return best;
}

function fail(format: ImportFormat, reason: string, where = '$'): ImportResult {
	return { format, imported: 0, problems: [{ where, reason }] };
}

/** Reads the text of a dataset in any of the formats; see ImportResult. */
export function importText(input: string, opts: ImportOptions = {}): ImportResult {
	const locale: Locale = opts.locale ?? 'en';
	const o = { locale };
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (!text.trim()) return fail('native', m.im_empty_file({}, o));
	opts.onProgress?.(0);
	let gathered: Gathered;
	if (looksJson(text, opts)) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (e) {
			return fail('native', m.im_not_json({ detail: (e as Error).message }, o));
		}
		opts.onProgress?.(0.05);
		if (isTimelineJs(json)) gathered = readTimelineJs(json, locale, opts.onProgress);
		else if (isNative(json)) gathered = readNative(json, locale);
		else return fail('native', m.im_unknown_format({}, o));
	} else {
		const rows = dsvFormat(delimiterOf(text)).parseRows(text);
		opts.onProgress?.(0.05);
		const header = rows[0] ?? [];
		if (isTimelineJsHeader(header)) gathered = readTimelineJsRows(rows, locale, opts.onProgress);
		else if (isOurCsvHeader(header)) gathered = readOurCsv(rows, locale, opts.onProgress);
		else return fail('csv', m.im_unknown_format({}, o));
	}
	opts.onProgress?.(0.3);
	const result = assemble(gathered, opts);
	result.problems = inInputOrder(result.problems);
	return result;
}

const SECTIONS = ['$', 'title', 'intro', 'eras', 'tracks', 'themes', 'documents', 'events'];

/** Problems sorted by where they are in the input (a stable sort: one item's stay in order). */
function inInputOrder(problems: Problem[]): Problem[] {
	const rank = (where: string): [number, number] => {
		const json = /^(\w+|\$)(?:\[(\d+)\])?/.exec(where);
		if (json && SECTIONS.includes(json[1]!)) return [SECTIONS.indexOf(json[1]!), json[2] === undefined ? -1 : Number(json[2])];
		const row = /(\d+)\s*$/.exec(where);
		return [0, row ? Number(row[1]) : -1];
	};
	return problems
		.map((p, i) => ({ p, i, r: rank(p.where) }))
		.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
		.map((x) => x.p);
}
