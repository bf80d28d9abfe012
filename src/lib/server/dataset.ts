// Reads the bundled data in data/, validates every file against the schema, cross-checks the
// whole, and returns the dataset in its open-data form (/data/timeline.json). Runs at build time
// (prerendered loaders) and in tests. Any problem throws one DataError listing every issue.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { strict, DocumentSource, Id, type LineageEntry, type Timeline, type TimelineDocument } from '$lib/data/schema';
import { check, checkLineage, checkReferences, DataError, jsonPath, type Issue, type Locate } from '$lib/data/validate';
import { splitDocumentText } from '$lib/data/document-text';
import { parsePartialDate, startOf } from '$lib/timeline/time';

export const DATA_VERSION = '1';

function readJson(dir: string, file: string, issues: Issue[]): unknown {
	const rel = relative(process.cwd(), join(dir, file)) || file;
	try {
		return JSON.parse(readFileSync(join(dir, file), 'utf8'));
	} catch (e) {
		const message = e instanceof SyntaxError ? `invalid JSON: ${e.message}` : `cannot read: ${(e as Error).message}`;
		issues.push({ file: rel, path: '$', message });
		return undefined;
	}
}

/** Loads and validates the dataset in `dir` (default: ./data). Throws DataError with all issues. */
export function loadDataset(dir = resolve('data')): Timeline {
	const issues: Issue[] = [];
	const name = (f: string) => relative(process.cwd(), join(dir, f)) || f;
	const part = <S extends v.GenericSchema>(schema: S, file: string): v.InferOutput<S> | undefined => {
		const raw = readJson(dir, file, issues);
		if (raw === undefined) return undefined;
		const r = check(schema, raw, name(file));
		if (!r.ok) {
			issues.push(...r.issues);
			return undefined;
		}
		return r.value;
	};

	const tracks = part(v.array(strict.Track), 'tracks.json') ?? [];
	const themes = part(v.array(strict.Theme), 'themes.json') ?? [];

	// Events: one file per track; remember where each came from for error messages.
	const events: Timeline['events'] = [];
	const eventOrigin: { file: string; index: number }[] = [];
	const eventDir = join(dir, 'events');
	const eventFiles = existsSync(eventDir) ? readdirSync(eventDir).filter((f) => f.endsWith('.json')).sort() : [];
	for (const f of eventFiles) {
		// Each event is checked on its own so that the valid ones are still cross-checked.
		const file = name(join('events', f));
		const raw = readJson(dir, join('events', f), issues);
		if (raw === undefined) continue;
		if (!Array.isArray(raw)) {
			issues.push({ file, path: '$', message: 'must be an array of events' });
			continue;
		}
		raw.forEach((item: unknown, index: number) => {
			const r = check(strict.Event, item, file, `$[${index}]`);
			if (!r.ok) return void issues.push(...r.issues);
			events.push(r.value);
			eventOrigin.push({ file, index });
		});
	}

	const documents: TimelineDocument[] = [];
	const docOrigin: string[] = [];
	const lineages: LineageFile[] = [];
	const docDir = join(dir, 'documents');
	const docIds = existsSync(docDir) ? readdirSync(docDir).sort() : [];
	for (const id of docIds) {
		const file = join('documents', id, 'document.json');
		const src = part(DocumentSource, file);
		if (!src) continue;
		const doc = buildDocument(dir, id, src, name(file), issues);
		if (doc) {
			documents.push(doc);
			docOrigin.push(name(file));
			// The lineage of its paragraphs (optional): checked against the whole dataset below.
			lineages.push(readLineage(dir, join('documents', id, 'lineage.json'), name, issues));
		}
	}

	const locate: Locate = (c, i) => {
		if (c === 'events') {
			const o = eventOrigin[i]!;
			return { file: o.file, path: `$[${o.index}]` };
		}
		if (c === 'documents') return { file: docOrigin[i]!, path: '$' };
		return { file: name(`${c}.json`), path: `$[${i}]` };
	};
	const timeline: Timeline = {
		$schema: './timeline.schema.json',
		version: DATA_VERSION,
		documents,
		tracks,
		themes,
		events: sortEvents(events)
	};
	// Referential checks run on the unsorted list so that indexes match their origins.
	issues.push(...checkReferences({ ...timeline, events }, locate, true));
	documents.forEach((doc, i) => attachLineage(doc, lineages[i]!, events, issues));
	if (issues.length) throw new DataError(issues);
	return timeline;
}

function buildDocument(
	dir: string,
	id: string,
	src: v.InferOutput<typeof DocumentSource>,
	file: string,
	issues: Issue[]
): TimelineDocument | undefined {
	const textFile = join(dir, 'documents', id, 'statement.ru.txt');
	const textName = relative(process.cwd(), textFile);
	if (src.id !== id) issues.push({ file, path: '$.id', message: `must equal its folder name "${id}"` });
	let blocks;
	try {
		blocks = splitDocumentText(readFileSync(textFile, 'utf8'));
	} catch (e) {
		issues.push({ file: textName, path: '$', message: (e as Error).message });
		return undefined;
	}
	const en = src.translation.paragraphs;
	const ids = blocks.paragraphs.map((p) => p.id);
	for (const pid of ids)
		if (!en[pid]) issues.push({ file, path: `$.translation.paragraphs.${pid}`, message: 'is required: the text has this paragraph' });
	for (const pid of Object.keys(en))
		if (!ids.includes(pid))
			issues.push({ file, path: `$.translation.paragraphs.${pid}`, message: `the Russian text has no paragraph ${pid} (it has ${ids.length})` });
	return {
		id: src.id,
		title: src.title,
		date: src.date,
		place: src.place,
		adoptedBy: src.adoptedBy,
		meeting: src.meeting,
		eventId: src.eventId,
		note: src.note,
		titleBlock: { ru: blocks.titleBlock, en: src.translation.titleBlock },
		closing: { ru: blocks.closing, en: src.translation.closing },
		paragraphs: blocks.paragraphs.map((p) => ({
			id: p.id,
			ru: p.text,
			en: en[p.id] ?? '',
			gist: src.gists?.[p.id]
		}))
	};
}

/** A document's lineage.json as read: the valid entries of each paragraph, with their index in the file. */
interface LineageFile {
	file: string;
	value: Record<string, { entry: LineageEntry; index: number }[]>;
}

/**
 * Reads a document's lineage.json (optional): an object of paragraph ids, each with a list of
 * entries. Each entry is checked on its own, so that the valid ones are still cross-checked.
 */
function readLineage(dir: string, rel: string, name: (f: string) => string, issues: Issue[]): LineageFile {
	const file = name(rel);
	const value: LineageFile['value'] = {};
	if (!existsSync(join(dir, rel))) return { file, value };
	const raw = readJson(dir, rel, issues);
	if (raw === undefined) return { file, value };
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		issues.push({ file, path: '$', message: 'must be an object of paragraph ids, each with a list of earlier texts' });
		return { file, value };
	}
	for (const [pid, list] of Object.entries(raw)) {
		const path = jsonPath([{ key: pid }] as never);
		const key = check(Id, pid, file, path);
		if (!key.ok) issues.push(...key.issues);
		if (!Array.isArray(list)) {
			issues.push({ file, path, message: 'must be an array of earlier texts' });
			continue;
		}
		value[pid] = [];
		list.forEach((item: unknown, index: number) => {
			const r = check(strict.LineageEntry, item, file, `${path}[${index}]`);
			if (r.ok) value[pid]!.push({ entry: r.value, index });
			else issues.push(...r.issues);
		});
	}
	return { file, value };
}

/**
 * Checks a document's lineage.json against the dataset (every key a paragraph of the document, every
 * event known and earlier than the document) and attaches each paragraph's list as `lineage`.
 */
function attachLineage(
	doc: TimelineDocument,
	lineage: LineageFile,
	events: Timeline['events'],
	issues: Issue[]
) {
	const ids = new Set(doc.paragraphs.map((p) => p.id));
	for (const pid of Object.keys(lineage.value))
		if (!ids.has(pid))
			issues.push({
				file: lineage.file,
				path: jsonPath([{ key: pid }] as never),
				message: `document ${doc.id} has no paragraph ${pid} (it has ${doc.paragraphs.map((p) => p.id).join(', ')})`
			});
	const byId = new Map(events.map((e) => [e.id, e]));
	for (const p of doc.paragraphs) {
		const list = lineage.value[p.id];
		if (!list?.length) continue;
		const path = jsonPath([{ key: p.id }] as never);
		const entries = list.map((x) => x.entry);
		issues.push(
			...checkLineage(entries, doc, byId, (j, field) => ({ file: lineage.file, path: `${path}[${list[j]!.index}]${field}` }))
		);
		p.lineage = entries;
	}
}

/** Chronological order (start, then end, then id) so the open data reads as a history. */
export function sortEvents<E extends { id: string; start: string; end?: string }>(events: E[]): E[] {
	const key = (s: string | undefined) => (s ? startOf(parsePartialDate(s)!) : -Infinity);
	return [...events].sort((a, b) => key(a.start) - key(b.start) || key(a.end) - key(b.end) || a.id.localeCompare(b.id));
}

let cached: Timeline | undefined;
/** The bundled dataset, loaded once per process. */
export function getDataset(): Timeline {
	return (cached ??= loadDataset());
}
