// Validation as you type: every event of a draft against the one schema (schema.ts), then what a
// schema cannot see (unique ids, known lanes, end not before start, paragraphs that exist), and the
// lanes and scenes. Each problem names the row and the field it belongs to, so the form shows it
// next to that field. An event that passes the lenient schema and the cross-checks is drawn; strict
// problems (a bundled timeline's rules: both languages, a source) are shown but do not hide it.
// Schema results are cached per event object, so a change re-checks only the events it replaced:
// one edit at 10,000 rows costs a pass over ids, not 10,000 schema checks.
import { lenient, strict } from '$lib/data/schema';
import { check } from '$lib/data/validate';
import { checkStory, storyContext } from '$lib/data/story';
import { parsePartialDate, startOf } from '$lib/timeline/time';
import type { Draft, DraftEvent, Row } from './draft';

export interface Problem {
	/** The field, as a path inside the event, lane or scene: "start", "title.en", "sources[0].url". */
	field: string;
	message: string;
	/** The event cannot be drawn until this is fixed. */
	blocking: boolean;
}

export interface DraftCheck {
	/** Problems per row key (rows without problems are absent). */
	rows: Map<string, Problem[]>;
	/** Problems of the lanes, by lane index. */
	tracks: Map<number, Problem[]>;
	/** Problems of the scenes of the first story, by scene index. */
	scenes: Map<number, Problem[]>;
	/** Rows whose event can be drawn. */
	drawable: Set<string>;
	/** Total number of problems. */
	count: number;
}

type Schema = 'strict' | 'lenient';
const caches: Record<Schema, WeakMap<DraftEvent, Problem[]>> = { strict: new WeakMap(), lenient: new WeakMap() };

/** "$.title.en" -> "title.en"; "$" -> "". */
const field = (path: string) => path.replace(/^\$\.?/, '');

/** Schema problems of one event (cached by the event object). */
export function eventProblems(e: DraftEvent, schema: Schema): Problem[] {
	const cache = caches[schema];
	const hit = cache.get(e);
	if (hit) return hit;
	const out: Problem[] = [];
	const loose = check(lenient.Event, e, '');
	if (!loose.ok) for (const i of loose.issues) out.push({ field: field(i.path), message: i.message, blocking: true });
	else {
		const s = parsePartialDate(e.start);
		const en = e.end ? parsePartialDate(e.end) : undefined;
		if (s && en && startOf(en) < startOf(s))
			out.push({ field: 'end', message: `end ${e.end} is before start ${e.start}`, blocking: true });
	}
	if (schema === 'strict' && loose.ok) {
		const r = check(strict.Event, e, '');
		if (!r.ok) for (const i of r.issues) out.push({ field: field(i.path), message: i.message, blocking: false });
	}
	cache.set(e, out);
	return out;
}

/** Checks a whole draft. O(n) beyond the events that changed since the last check. */
export function checkDraft(d: Draft): DraftCheck {
	const rows = new Map<string, Problem[]>();
	const drawable = new Set<string>();
	let count = 0;
	const add = (k: string, p: Problem) => {
		const list = rows.get(k);
		if (list) list.push(p);
		else rows.set(k, [p]);
		count++;
	};

	const trackIds = new Set(d.tracks.map((t) => t.id));
	const docs = (d.rest.documents ?? []) as { id: string; paragraphs?: { id: string }[] }[];
	const paragraphs = new Set(docs.flatMap((doc) => (doc.paragraphs ?? []).map((p) => `${doc.id}#${p.id}`)));
	const firstRow = new Map<string, number>();

	d.rows.forEach((r: Row, i) => {
		const own = eventProblems(r.e, d.schema);
		let blocked = false;
		for (const p of own) {
			add(r.k, p);
			blocked ||= p.blocking;
		}
		const id = r.e.id;
		if (typeof id === 'string' && id) {
			const first = firstRow.get(id);
			if (first !== undefined) {
				add(r.k, { field: 'id', message: `duplicate id "${id}" (also row ${first + 1})`, blocking: true });
				blocked = true;
			} else firstRow.set(id, i);
		}
		if (typeof r.e.track === 'string' && r.e.track && !trackIds.has(r.e.track)) {
			add(r.k, { field: 'track', message: `unknown track "${r.e.track}"`, blocking: true });
			blocked = true;
		}
		r.e.paragraphs?.forEach((p, j) => {
			if (p && typeof p.ref === 'string' && !paragraphs.has(p.ref))
				add(r.k, { field: `paragraphs[${j}].ref`, message: `unknown paragraph "${p.ref}"`, blocking: false });
		});
		if (!blocked) drawable.add(r.k);
	});

	const tracks = new Map<number, Problem[]>();
	const seenTracks = new Set<string>();
	d.tracks.forEach((t, i) => {
		const r = check(d.schema === 'strict' ? strict.Track : lenient.Track, t, '');
		const list: Problem[] = r.ok ? [] : r.issues.map((x) => ({ field: field(x.path), message: x.message, blocking: true }));
		if (seenTracks.has(t.id)) list.push({ field: 'id', message: `duplicate id "${t.id}"`, blocking: true });
		seenTracks.add(t.id);
		if (list.length) {
			tracks.set(i, list);
			count += list.length;
		}
	});

	const scenes = new Map<number, Problem[]>();
	const story = d.stories?.[0];
	if (story) {
		const r = check(lenient.Story, story, '');
		const ctx = storyContext({
			events: d.rows.filter((x) => drawable.has(x.k)).map((x) => x.e),
			documents: docs.map((doc) => ({ id: doc.id, paragraphs: doc.paragraphs ?? [] })),
			tracks: d.tracks,
			themes: d.rest.themes as { id: string }[] | undefined
		});
		const issues = r.ok ? checkStory(r.value, ctx, '') : r.issues;
		for (const i of issues) {
			const m = /^\$\.scenes\[(\d+)\]\.?(.*)$/.exec(i.path);
			if (!m) continue;
			const n = Number(m[1]);
			const list = scenes.get(n) ?? [];
			list.push({ field: m[2]!, message: i.message, blocking: false });
			scenes.set(n, list);
			count++;
		}
	}
	return { rows, tracks, scenes, drawable, count };
}

/** The problems of one field (and of the parts inside it: "sources" covers "sources[0].url"). */
export function problemsOf(list: Problem[] | undefined, name: string): Problem[] {
	if (!list) return [];
	return list.filter((p) => p.field === name || p.field.startsWith(`${name}.`) || p.field.startsWith(`${name}[`));
}
