// The common end of every format: items gathered by a reader (tracks, themes, documents, eras,
// events, each with where it came from) are validated one by one against the lenient schema and
// cross-checked, so that one bad row never sinks the file. A problem in an event's id, lane, dates
// or title leaves the event out; a problem in another field drops that field; both are listed.
import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import type { DocumentModel, LineageModel, Locale } from '$lib/data/model';
import { lenient, type LooseTimeline, type TimelineDocument } from '$lib/data/schema';
import { toOpenLineage } from '$lib/export/json';
import { parsePartialDate, startOf } from '$lib/timeline/time';
import { isoDateReason } from './dates';
import type { ImportFormat, ImportOptions, ImportResult, Problem } from './types';

type O = { locale: Locale };
type Loose = string | { en?: string; ru?: string };
type Raw = Record<string, unknown>;

/** One item as a reader found it. */
export interface Item {
	/** "events[3]", "row 5" */
	where: string;
	value: unknown;
	/** The name the input gave a field of ours (a sheet's column), for problems. */
	field?: (key: string) => string;
}

export interface Gathered {
	format: ImportFormat;
	title?: Loose;
	intro?: Loose;
	eras: Item[];
	/** undefined: lanes are made from the events' track ids (labels from `trackLabels`). */
	tracks?: Item[];
	trackLabels?: Map<string, Loose>;
	themes: Item[];
	documents: Item[];
	events: Item[];
	/** Problems the reader found itself (dates, columns, links). */
	problems: Problem[];
}

type Schema = v.GenericSchema;
type Issue = v.BaseIssue<unknown>;

/** Valibot issues flattened (the deepest alternatives of a union), with their paths as keys. */
function flatten(issues: Issue[], out: { keys: PropertyKey[]; issue: Issue }[] = []) {
	for (const issue of issues) {
		const keys = (issue.path ?? []).map((p) => (p as { key: PropertyKey }).key);
		if (issue.type === 'union' && issue.issues?.length) {
			const nested = flatten(issue.issues as Issue[]).filter((n) => n.keys.length > keys.length);
			if (nested.length) {
				out.push(...nested);
				continue;
			}
		}
		out.push({ keys, issue });
	}
	return out;
}

/** A field path: ['sources', 0, 'url'] -> "sources[0].url". */
const fieldPath = (keys: PropertyKey[]) =>
	keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k))).join('');

const show = (x: unknown) => {
	const s = typeof x === 'string' ? x : JSON.stringify(x) ?? String(x);
	return s.length > 60 ? s.slice(0, 57) + '…' : s;
};

/** A reason in the reader's language for a schema issue. */
export function issueReason(keys: PropertyKey[], issue: Issue, o: O): string {
	const last = keys[keys.length - 1];
	if (issue.kind === 'schema' && issue.received === 'undefined') return m.im_required({}, o);
	if ((last === 'start' || last === 'end' || last === 'date') && (issue.type === 'regex' || issue.type === 'check'))
		return isoDateReason(issue.input, o) ?? issue.message;
	if (issue.type === 'url' || (issue.type === 'regex' && /http/.test(issue.message))) return m.im_not_http({ value: show(issue.input) }, o);
	if (issue.type === 'regex' && /an id/.test(issue.message)) return m.im_bad_id({ value: show(issue.input) }, o);
	if (issue.type === 'min_length' && /empty/.test(issue.message)) return m.im_empty_text({}, o);
	if (issue.type === 'max_length') return m.im_too_long({ max: String(issue.requirement) }, o);
	if (issue.type === 'check' && /32/.test(issue.message)) return m.im_too_long({ max: '32' }, o);
	if (issue.type === 'union') return m.im_wrong_type({ expected: 'text, {"en": …, "ru": …}' }, o);
	if (issue.kind === 'schema') return m.im_wrong_type({ expected: issue.expected ?? '?' }, o);
	if (issue.kind === 'validation') return m.im_bad_value({ value: show(issue.input) }, o);
	return issue.message;
}

/**
 * Validates one item. Issues in a `fatal` field (or of the whole item) drop it; other fields with
 * issues are removed and the item checked again. Every issue becomes a problem.
 */
function validate<S extends Schema>(schema: S, item: Item, fatal: Set<string> | 'all', problems: Problem[], o: O): v.InferOutput<S> | undefined {
	let value = item.value;
	for (let round = 0; round < 4; round++) {
		const r = v.safeParse(schema, value, { abortEarly: false });
		if (r.success) return r.output;
		const found = flatten(r.issues as Issue[]);
		const top = new Set(found.map((f) => f.keys[0]));
		const leaveOut = fatal === 'all' || top.has(undefined) || [...top].some((k) => fatal.has(String(k)));
		for (const f of found) {
			const reason = issueReason(f.keys, f.issue, o);
			const key = f.keys[0] === undefined ? undefined : String(f.keys[0]);
			const field = key && item.field ? item.field(key) + fieldPath(f.keys).slice(key.length) : fieldPath(f.keys) || undefined;
			problems.push({
				where: item.where,
				...(field && { field }),
				reason: leaveOut && fatal !== 'all' ? m.im_left_out({ reason }, o) : m.im_ignored({ reason }, o)
			});
		}
		if (leaveOut) return undefined;
		value = { ...(value as Raw) };
		for (const k of top) delete (value as Raw)[String(k)];
	}
	return undefined;
}

const EVENT_FATAL = new Set(['id', 'track', 'start', 'end', 'title']);

type LooseEvent = v.InferOutput<typeof lenient.Event>;
type LooseDocument = v.InferOutput<typeof lenient.Document>;

export function assemble(g: Gathered, opts: ImportOptions): ImportResult {
	const o: O = { locale: opts.locale ?? 'en' };
	const problems = g.problems;
	const progress = opts.onProgress;
	const push = (where: string, field: string | undefined, reason: string) =>
		problems.push({ where, ...(field !== undefined && { field }), reason });

	// Lists: each item alone; later duplicates of an id are left out.
	const list = <S extends Schema>(schema: S, items: Item[]) => {
		const out: v.InferOutput<S>[] = [];
		const first = new Map<string, string>();
		for (const item of items) {
			const x = validate(schema, item, 'all', problems, o) as { id: string } | undefined;
			if (!x) continue;
			const seen = first.get(x.id);
			if (seen !== undefined) {
				push(item.where, item.field?.('id') ?? 'id', m.im_duplicate_id({ id: x.id, first: seen }, o));
				continue;
			}
			first.set(x.id, item.where);
			out.push(x as v.InferOutput<S>);
		}
		return out;
	};
	const tracks = g.tracks ? list(lenient.Track, g.tracks) : [];
	const themes = list(lenient.Theme, g.themes);
	const documents: LooseDocument[] = list(lenient.Document, g.documents);
	const eras = g.eras.flatMap((item) => {
		const era = validate(lenient.Era, item, 'all', problems, o);
		if (!era) return [];
		if (startOf(parsePartialDate(era.end)!) < startOf(parsePartialDate(era.start)!)) {
			push(item.where, item.field?.('end') ?? 'end', m.im_end_before_start({ end: era.end, start: era.start }, o));
			return [];
		}
		return [era];
	});

	const trackIds = new Set(tracks.map((t) => t.id));
	const autoTracks = !g.tracks;
	const themeIds = new Set(themes.map((t) => t.id));
	// Paragraphs the links may point to: the file's documents, else the ones passed in.
	const docs = new Map<string, { id: string; paragraphs: { id: string; ru: string; en: string }[] }>();
	for (const d of documents) docs.set(d.id, d);
	const extraDocs = new Map((opts.documents ?? []).filter((d) => !docs.has(d.id)).map((d) => [d.id, d]));
	const usedExtra = new Set<string>();
	const missing = new Set<string>();

	const events: LooseEvent[] = [];
	const firstAt = new Map<string, string>();
	const n = g.events.length;
	g.events.forEach((item, i) => {
		if (progress && i % 1000 === 0) progress(0.3 + (0.7 * i) / Math.max(1, n));
		const e = validate(lenient.Event, item, EVENT_FATAL, problems, o);
		if (!e) return;
		const f = (k: string) => item.field?.(k) ?? k;
		const leaveOut = (field: string, reason: string) => push(item.where, field, m.im_left_out({ reason }, o));
		const ignore = (field: string, reason: string) => push(item.where, field, m.im_ignored({ reason }, o));
		const seen = firstAt.get(e.id);
		if (seen !== undefined) return leaveOut(f('id'), m.im_duplicate_id({ id: e.id, first: seen }, o));
		if (!trackIds.has(e.track) && !autoTracks) return leaveOut(f('track'), m.im_unknown_track({ id: e.track }, o));
		if (e.end !== undefined && startOf(parsePartialDate(e.end)!) < startOf(parsePartialDate(e.start)!))
			return leaveOut(f('end'), m.im_end_before_start({ end: e.end, start: e.start }, o));
		// A lane made from the events only once one of its events is in.
		if (!trackIds.has(e.track)) {
			trackIds.add(e.track);
			tracks.push({ id: e.track, label: g.trackLabels?.get(e.track) ?? e.track });
		}
		// Lists shown with keyed loops must not repeat an item.
		if (e.sources) {
			const urls = new Set<string>();
			e.sources = e.sources.filter((s, j) => {
				if (!urls.has(s.url)) return urls.add(s.url);
				ignore(`${f('sources')}[${j}]`, m.im_duplicate_id({ id: s.url, first: `${f('sources')}` }, o));
				return false;
			});
		}
		if (e.symbols) e.symbols = [...new Set(e.symbols)];
		if (e.themes) {
			e.themes = e.themes.filter((th, j) => {
				if (themeIds.has(th)) return true;
				ignore(`${f('themes')}[${j}]`, m.im_unknown_theme({ id: th }, o));
				return false;
			});
			e.themes = [...new Set(e.themes)];
		}
		if (e.paragraphs) {
			e.paragraphs = e.paragraphs.filter((p, j) => {
				const [docId, pid] = p.ref.split('#') as [string, string];
				const doc = docs.get(docId) ?? extraDocs.get(docId);
				if (!doc) missing.add(docId);
				const para = doc?.paragraphs.find((x) => x.id === pid);
				if (!para) {
					ignore(`${f('paragraphs')}[${j}]`, m.im_unknown_paragraph({ ref: p.ref }, o));
					return false;
				}
				if (extraDocs.has(docId)) usedExtra.add(docId);
				for (const lang of ['ru', 'en'] as const)
					if (p.phrase?.[lang] && !para[lang].includes(p.phrase[lang]!)) {
						ignore(`${f('paragraphs')}[${j}].phrase.${lang}`, m.im_phrase_not_found({ ref: p.ref }, o));
						const { [lang]: _drop, ...rest } = p.phrase;
						p.phrase = Object.keys(rest).length ? rest : undefined;
						if (!p.phrase) delete p.phrase;
					}
				return true;
			});
		}
		firstAt.set(e.id, item.where);
		events.push(e);
	});
	for (const [i, d] of documents.entries())
		if (d.eventId !== undefined && !firstAt.has(d.eventId)) {
			push(g.documents[i]?.where ?? `documents[${i}]`, 'eventId', m.im_ignored({ reason: m.im_unknown_event({ id: d.eventId }, o) }, o));
			delete d.eventId;
		}
	// Lineage entries may name events of the file only: an unknown one is dropped from the entry (which
	// keeps its own date), or the entry is dropped when it has no date to stand on.
	for (const [i, d] of documents.entries())
		for (const [j, p] of d.paragraphs.entries()) {
			if (!p.lineage) continue;
			p.lineage = p.lineage.filter((l, k) => {
				if (l.event === undefined || firstAt.has(l.event)) return true;
				const where = `${g.documents[i]?.where ?? `documents[${i}]`}.paragraphs[${j}].lineage[${k}]`;
				push(where, 'event', m.im_ignored({ reason: m.im_unknown_event({ id: l.event }, o) }, o));
				delete l.event;
				return l.date !== undefined;
			});
		}
	progress?.(1);

	const result: ImportResult = { format: g.format, imported: events.length, problems };
	if (missing.size) result.missingDocuments = [...missing];
	if (!events.length) return result;
	const timeline: LooseTimeline = {
		...(g.title !== undefined && { title: g.title }),
		...(g.intro !== undefined && { intro: g.intro }),
		...(eras.length && { eras }),
		documents: [...documents, ...[...usedExtra].map((id) => carryDocument(extraDocs.get(id)!, new Set(events.map((e) => e.id))))],
		tracks,
		themes,
		events
	};
	result.timeline = timeline;
	return result;
}

/**
 * A document passed in (the bundled statement, in the model's or the file's form) as carried into
 * the imported timeline: its paragraph lineage is written back so that every event it names is
 * among the events imported (otherwise the entry keeps its date).
 */
function carryDocument(d: TimelineDocument | DocumentModel, eventIds: Set<string>): TimelineDocument {
	return {
		...d,
		paragraphs: d.paragraphs.map(({ lineage, ...p }) =>
			lineage?.length ? { ...p, lineage: lineage.map((l) => toOpenLineage(l as LineageModel, eventIds)) } : p
		)
	};
}
