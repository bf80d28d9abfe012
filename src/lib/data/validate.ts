// Validation of timeline data: schema issues and referential checks, collected all at once.
// Every issue names its file, a JSON path ($.events[3].start) and the reason. Used by the build
// (bundled data), the tests, and the browser when a dataset is imported with ?data=.
import * as v from 'valibot';
import { parsePartialDate, startOf } from '$lib/timeline/time';

export interface Issue {
	file: string;
	path: string;
	message: string;
}

export class DataError extends Error {
	constructor(readonly issues: Issue[]) {
		super(`${issues.length} data error${issues.length === 1 ? '' : 's'}:\n${formatIssues(issues)}`);
		this.name = 'DataError';
	}
}

export function formatIssues(issues: Issue[]): string {
	return issues.map((i) => `  ${i.file} ${i.path}: ${i.message}`).join('\n');
}

/** Renders a valibot issue path as a JSON path: $.events[3].title.en */
export function jsonPath(path: v.BaseIssue<unknown>['path'], prefix = '$'): string {
	let out = prefix;
	for (const item of path ?? []) {
		const key = (item as { key?: unknown }).key;
		if (typeof key === 'number') out += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

/** Validates `input` against `schema`; returns the output or the issues, each with file and path. */
export function check<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	file: string,
	prefix = '$'
): { ok: true; value: v.InferOutput<S> } | { ok: false; issues: Issue[] } {
	const result = v.safeParse(schema, input, { abortEarly: false });
	if (result.success) return { ok: true, value: result.output };
	return { ok: false, issues: flatten(result.issues, file, prefix) };
}

function flatten(issues: v.BaseIssue<unknown>[], file: string, prefix: string): Issue[] {
	const out: Issue[] = [];
	for (const issue of issues) {
		// A union reports its alternatives' issues nested; report the deepest ones when they exist.
		if (issue.type === 'union' && issue.issues?.length) {
			const nested = flatten(issue.issues as v.BaseIssue<unknown>[], file, prefix);
			const here = jsonPath(issue.path, prefix);
			const deeper = nested.filter((n) => n.path !== here);
			out.push(...(deeper.length ? dedupe(deeper) : [{ file, path: here, message: issue.message }]));
			continue;
		}
		out.push({ file, path: jsonPath(issue.path, prefix), message: reason(issue) });
	}
	return dedupe(out);
}

function reason(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.received === 'undefined') return `is required (${issue.expected})`;
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
	return issue.message;
}

function dedupe(list: Issue[]): Issue[] {
	const seen = new Set<string>();
	return list.filter((i) => {
		const k = `${i.file}|${i.path}|${i.message}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** Minimal shapes the referential checks need (both the strict and the lenient outputs fit). */
interface RefEvent {
	id: string;
	track: string;
	start: string;
	end?: string;
	themes?: string[];
	paragraphs?: { ref: string; phrase?: { ru?: string; en?: string } }[];
}
interface RefLineage {
	event?: string;
	date?: string;
}
interface RefTimeline {
	tracks: { id: string }[];
	themes?: { id: string }[];
	documents?: {
		id: string;
		date: string;
		eventId?: string;
		paragraphs: { id: string; ru: string; en: string; lineage?: RefLineage[] }[];
	}[];
	events: RefEvent[];
}

/** Where an item lives: maps a path in the assembled timeline to a file and a path in it. */
export type Locate = (collection: 'tracks' | 'themes' | 'documents' | 'events', index: number) => {
	file: string;
	path: string;
};

export const singleFile =
	(file: string): Locate =>
	(collection, index) => ({ file, path: `$.${collection}[${index}]` });

/**
 * Cross-checks that a schema cannot express: unique ids, known tracks and themes, paragraph
 * references that resolve (and phrases that occur in them), end not before start. With
 * `complete`, every paragraph of every document must be referenced by at least one event.
 */
export function checkReferences(t: RefTimeline, locate: Locate, complete: boolean): Issue[] {
	const issues: Issue[] = [];
	const at = (c: Parameters<Locate>[0], i: number, sub: string, message: string) => {
		const l = locate(c, i);
		issues.push({ file: l.file, path: l.path + sub, message });
	};
	const unique = (c: 'tracks' | 'themes' | 'documents' | 'events', list: { id: string }[]) => {
		const seen = new Map<string, number>();
		list.forEach((item, i) => {
			const first = seen.get(item.id);
			if (first !== undefined) {
				const l = locate(c, first);
				at(c, i, '.id', `duplicate id "${item.id}" (first used at ${l.file} ${l.path})`);
			} else seen.set(item.id, i);
		});
	};
	unique('tracks', t.tracks);
	unique('themes', t.themes ?? []);
	unique('documents', t.documents ?? []);
	unique('events', t.events);

	const trackIds = new Set(t.tracks.map((x) => x.id));
	const themeIds = t.themes ? new Set(t.themes.map((x) => x.id)) : undefined;
	const eventIds = new Set(t.events.map((e) => e.id));
	const paragraphs = new Map<string, { ru: string; en: string }>();
	const referenced = new Set<string>();
	(t.documents ?? []).forEach((d, di) => {
		const pids = new Set<string>();
		d.paragraphs.forEach((p, pi) => {
			if (pids.has(p.id)) at('documents', di, `.paragraphs[${pi}].id`, `duplicate paragraph id "${p.id}"`);
			pids.add(p.id);
			paragraphs.set(`${d.id}#${p.id}`, p);
		});
		if (d.eventId && !eventIds.has(d.eventId))
			at('documents', di, '.eventId', `unknown event "${d.eventId}"`);
	});
	const eventsById = new Map(t.events.map((e) => [e.id, e]));
	(t.documents ?? []).forEach((d, di) =>
		d.paragraphs.forEach((p, pi) => {
			if (!p.lineage?.length) return;
			const l = locate('documents', di);
			issues.push(
				...checkLineage(p.lineage, d, eventsById, (j, field) => ({
					file: l.file,
					path: `${l.path}.paragraphs[${pi}].lineage[${j}]${field}`
				}))
			);
		})
	);

	t.events.forEach((e, i) => {
		if (!trackIds.has(e.track))
			at('events', i, '.track', `unknown track "${e.track}" (known: ${[...trackIds].join(', ')})`);
		if (e.end !== undefined) {
			const s = parsePartialDate(e.start);
			const en = parsePartialDate(e.end);
			if (s && en && startOf(en) < startOf(s))
				at('events', i, '.end', `end ${e.end} is before start ${e.start}`);
		}
		e.themes?.forEach((th, j) => {
			if (themeIds && !themeIds.has(th)) at('events', i, `.themes[${j}]`, `unknown theme "${th}"`);
		});
		e.paragraphs?.forEach((p, j) => {
			const para = paragraphs.get(p.ref);
			if (!para) {
				at('events', i, `.paragraphs[${j}].ref`, `unknown paragraph "${p.ref}"`);
				return;
			}
			referenced.add(p.ref);
			if (p.phrase?.ru && !para.ru.includes(p.phrase.ru))
				at('events', i, `.paragraphs[${j}].phrase.ru`, `phrase not found in the Russian text of ${p.ref}`);
			if (p.phrase?.en && !para.en.includes(p.phrase.en))
				at('events', i, `.paragraphs[${j}].phrase.en`, `phrase not found in the English text of ${p.ref}`);
		});
	});

	if (complete) {
		(t.documents ?? []).forEach((d, di) => {
			d.paragraphs.forEach((p, pi) => {
				if (!referenced.has(`${d.id}#${p.id}`))
					at('documents', di, `.paragraphs[${pi}]`, `paragraph ${d.id}#${p.id} is not referenced by any event`);
			});
		});
	}
	return issues;
}

/**
 * Cross-checks one paragraph's lineage (earlier texts): each `event` must be on the timeline and
 * earlier than the document, and so must each entry's own `date`. `where` names the entry's place.
 */
export function checkLineage(
	list: RefLineage[],
	doc: { id: string; date: string },
	events: Map<string, { start: string }>,
	where: (index: number, field: string) => { file: string; path: string }
): Issue[] {
	const issues: Issue[] = [];
	const docDate = parsePartialDate(doc.date);
	const before = (date: string) => {
		const d = parsePartialDate(date);
		return !d || !docDate || startOf(d) < startOf(docDate);
	};
	list.forEach((entry, j) => {
		const add = (field: string, message: string) => issues.push({ ...where(j, field), message });
		if (entry.event !== undefined) {
			const e = events.get(entry.event);
			if (!e) add('.event', `unknown event "${entry.event}"`);
			else if (!before(e.start))
				add('.event', `event "${entry.event}" (${e.start}) is not earlier than the document ${doc.id} (${doc.date})`);
		}
		if (entry.date !== undefined && !before(entry.date))
			add('.date', `${entry.date} is not earlier than the document ${doc.id} (${doc.date})`);
	});
	return issues;
}
