// The editor's working copy of a timeline (a "draft"): the dataset as the user has it, in the lenient
// shape of schema.ts, with whatever mistakes it holds while they type (they are shown, never thrown
// away). Each event sits in a row with a key that stays the same when its id is edited. Drafts are
// immutable: every change returns a new draft that shares what did not change, so the undo history
// keeps old drafts cheaply and persistence can tell what changed by identity. Pure.
import type { LooseScene, LooseStory } from '$lib/data/schema';

/** A text: one string for both languages, or per language. */
export type Text = string | { en?: string; ru?: string };
export type Lang = 'en' | 'ru';

export interface DraftSource {
	url: string;
	label?: Text;
}
export interface DraftParagraph {
	ref: string;
	phrase?: { ru?: string; en?: string };
}
/** An event as the user has it; fields the editor does not know are kept as they came. */
export interface DraftEvent {
	id: string;
	track: string;
	kind?: string;
	start: string;
	end?: string;
	title?: Text;
	summary?: Text;
	sources?: DraftSource[];
	paragraphs?: DraftParagraph[];
	[field: string]: unknown;
}
export interface Row {
	/** Stable key of the row (not the event id, which the user may edit). */
	k: string;
	e: DraftEvent;
}
export interface DraftTrack {
	id: string;
	label: Text;
	description?: Text;
	[field: string]: unknown;
}
export type DraftScene = LooseScene;
export type DraftStory = LooseStory;

export interface Draft {
	/** 'strict' for the bundled timeline (every text in both languages, every event sourced). */
	schema: 'strict' | 'lenient';
	tracks: DraftTrack[];
	rows: Row[];
	stories?: DraftStory[];
	/** The rest of the dataset as it came: documents, themes, title, intro, eras, $schema, meta… */
	rest: Record<string, unknown>;
}

/** The dataset fields the draft holds apart; everything else goes to `rest`. */
const OWN = new Set(['tracks', 'events', 'stories']);

let counter = 0;
const prefix = Math.random().toString(36).slice(2, 7);
/** A new row key, unique in this browser session (and, with the random prefix, across sessions). */
export const newKey = (): string => `${prefix}${(counter++).toString(36)}`;

/** A draft from a dataset (validated or not: the editor shows what is wrong). */
export function fromDataset(t: Record<string, unknown>, schema: Draft['schema'] = 'lenient', key = newKey): Draft {
	const rest: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(t)) if (!OWN.has(k) && v !== undefined) rest[k] = v;
	const events = Array.isArray(t.events) ? (t.events as DraftEvent[]) : [];
	const draft: Draft = {
		schema,
		tracks: Array.isArray(t.tracks) ? (t.tracks as DraftTrack[]) : [],
		rows: events.map((e) => ({ k: key(), e })),
		rest
	};
	if (Array.isArray(t.stories)) draft.stories = t.stories as DraftStory[];
	return draft;
}

/** The dataset of a draft (our JSON format); `keep` chooses the events (default: all). */
export function toDataset(d: Draft, keep?: (row: Row) => boolean): Record<string, unknown> {
	const out: Record<string, unknown> = { ...d.rest, tracks: d.tracks };
	out.events = (keep ? d.rows.filter(keep) : d.rows).map((r) => r.e);
	if (d.stories?.length) out.stories = d.stories;
	return out;
}

/** A timeline with one lane and no events. */
export function emptyDraft(lane: { id: string; label: Text }): Draft {
	return { schema: 'lenient', tracks: [{ id: lane.id, label: lane.label }], rows: [], rest: {} };
}

// ---- Texts ------------------------------------------------------------------------------------

/** The text of one language ('' when absent); a plain string serves both. */
export function textIn(t: Text | undefined, lang: Lang): string {
	if (t === undefined) return '';
	return typeof t === 'string' ? t : (t[lang] ?? '');
}

/**
 * Sets one language of a text. A plain string is split into both languages first (it meant the same
 * text in each); an empty value removes that language; no language left gives undefined.
 */
export function withLang(t: Text | undefined, lang: Lang, value: string): Text | undefined {
	const both = typeof t === 'string' ? { en: t, ru: t } : { ...(t ?? {}) };
	if (value.trim()) both[lang] = value;
	else delete both[lang];
	return both.en === undefined && both.ru === undefined ? undefined : both;
}

// ---- Ids --------------------------------------------------------------------------------------

/** A lower-case kebab-case id from a text ("Res. 53/70" -> "res-53-70"), ASCII only. */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** `base` if free, else base-2, base-3, … */
export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
	const b = base || 'event';
	if (!taken.has(b)) return b;
	for (let i = 2; ; i++) if (!taken.has(`${b}-${i}`)) return `${b}-${i}`;
}

export const eventIds = (d: Draft): Set<string> => new Set(d.rows.map((r) => r.e.id));

// ---- Rows -------------------------------------------------------------------------------------

export const rowIndex = (d: Draft, k: string): number => d.rows.findIndex((r) => r.k === k);

/** Inserts a row after the row `after` (at the end when absent or unknown). */
export function insertRow(d: Draft, row: Row, after?: string): Draft {
	const i = after === undefined ? -1 : rowIndex(d, after);
	const rows = d.rows.slice();
	rows.splice(i < 0 ? rows.length : i + 1, 0, row);
	return { ...d, rows };
}

/** A new event in the first lane, dated `start`, with a unique id from its title. */
export function addEvent(d: Draft, opts: { title: Text; start: string; track?: string; after?: string; key?: string }): Draft {
	const title = textIn(opts.title, 'en') || textIn(opts.title, 'ru');
	const e: DraftEvent = {
		id: uniqueId(slug(title) || 'event', eventIds(d)),
		track: opts.track ?? d.tracks[0]?.id ?? '',
		kind: 'other',
		start: opts.start,
		title: opts.title
	};
	return insertRow(d, { k: opts.key ?? newKey(), e }, opts.after);
}

/** A copy of an event under a new id, right after it. */
export function duplicateRow(d: Draft, k: string, key = newKey()): Draft {
	const row = d.rows[rowIndex(d, k)];
	if (!row) return d;
	const e = structuredClone(row.e);
	e.id = uniqueId(row.e.id.replace(/-copy(-\d+)?$/, '') + '-copy', eventIds(d));
	return insertRow(d, { k: key, e }, k);
}

/**
 * Sets the title of an event. With `followId` (an event just added, whose id nobody relies on yet),
 * an id made from the old title is made again from the new one, so new events get readable ids.
 */
export function setTitle(d: Draft, k: string, title: Text | undefined, followId = false): Draft {
	return updateEvent(d, k, (e) => {
		const next: DraftEvent = { ...e };
		if (title === undefined) delete next.title;
		else next.title = title;
		const oldBase = slug(textIn(e.title, 'en') || textIn(e.title, 'ru')) || 'event';
		if (followId && (e.id === oldBase || new RegExp(`^${oldBase}-\\d+$`).test(e.id))) {
			const taken = eventIds(d);
			taken.delete(e.id);
			next.id = uniqueId(slug(textIn(title, 'en') || textIn(title, 'ru')) || 'event', taken);
		}
		return next;
	});
}

/** Replaces an event (by row key) with `f` of it. */
export function updateEvent(d: Draft, k: string, f: (e: DraftEvent) => DraftEvent): Draft {
	const i = rowIndex(d, k);
	if (i < 0) return d;
	const rows = d.rows.slice();
	rows[i] = { k, e: f(rows[i]!.e) };
	return { ...d, rows };
}

/** Sets (or, with undefined, removes) one field of an event. */
export function setField(d: Draft, k: string, field: string, value: unknown): Draft {
	return updateEvent(d, k, (e) => {
		const next = { ...e };
		if (value === undefined) delete next[field];
		else next[field] = value;
		return next;
	});
}

export function deleteRows(d: Draft, keys: Iterable<string>): Draft {
	const drop = new Set(keys);
	return { ...d, rows: d.rows.filter((r) => !drop.has(r.k)) };
}

/** Rows in time order (stable; events without a readable start keep their place at the end). */
export function sortRowsByDate(d: Draft, startMs: (s: string) => number | undefined): Draft {
	const keyed = d.rows.map((r, i) => ({ r, i, t: startMs(r.e.start) ?? Infinity }));
	keyed.sort((a, b) => a.t - b.t || a.i - b.i);
	return { ...d, rows: keyed.map((x) => x.r) };
}

// ---- Lanes ------------------------------------------------------------------------------------

export function addTrack(d: Draft, label: Text): Draft {
	const taken = new Set(d.tracks.map((t) => t.id));
	const id = uniqueId(slug(textIn(label, 'en') || textIn(label, 'ru')) || 'lane', taken);
	return { ...d, tracks: [...d.tracks, { id, label }] };
}

export function updateTrack(d: Draft, i: number, f: (t: DraftTrack) => DraftTrack): Draft {
	const old = d.tracks[i];
	if (!old) return d;
	const tracks = d.tracks.slice();
	const next = f(old);
	tracks[i] = next;
	if (next.id === old.id) return { ...d, tracks };
	// A lane's id is what events refer to: they follow the rename.
	const rows = d.rows.map((r) => (r.e.track === old.id ? { k: r.k, e: { ...r.e, track: next.id } } : r));
	return { ...d, tracks, rows };
}

/** Moves a lane up (-1) or down (+1) in the display order. */
export function moveTrack(d: Draft, i: number, dir: -1 | 1): Draft {
	const j = i + dir;
	if (i < 0 || j < 0 || i >= d.tracks.length || j >= d.tracks.length) return d;
	const tracks = d.tracks.slice();
	[tracks[i], tracks[j]] = [tracks[j]!, tracks[i]!];
	return { ...d, tracks };
}

/** Removes a lane; its events move to `moveTo` (another lane's id). The last lane stays. */
export function deleteTrack(d: Draft, i: number, moveTo?: string): Draft {
	const old = d.tracks[i];
	if (!old || d.tracks.length < 2) return d;
	const tracks = d.tracks.filter((_, j) => j !== i);
	const to = moveTo && moveTo !== old.id ? moveTo : tracks[0]!.id;
	const rows = d.rows.map((r) => (r.e.track === old.id ? { k: r.k, e: { ...r.e, track: to } } : r));
	return { ...d, tracks, rows };
}

export const laneUse = (d: Draft, id: string): number => d.rows.reduce((n, r) => n + (r.e.track === id ? 1 : 0), 0);

// ---- The timeline's own fields (title, introduction) -----------------------------------------

export function setRest(d: Draft, field: string, value: unknown): Draft {
	const rest = { ...d.rest };
	if (value === undefined) delete rest[field];
	else rest[field] = value;
	return { ...d, rest };
}
