// Keeping the editor's work in this browser, over a small key-value store (IndexedDB through
// idb-keyval in the browser, a Map in tests). Nothing leaves the browser.
//
// Keys:  "list"          the timelines: [{ id, name, created, updated, events }]
//        "snap:<id>"     { seq, draft }: a whole draft, as of change number `seq`
//        "wal:<id>"      [{ seq, diff }]: the changes after the snapshot (a write-ahead log)
//
// Every change is written shortly after it happens (debounced, at most `maxWaitMs` late), as the
// difference from what was written before: the rows that changed, the row order when rows came or
// went, and the other parts when they changed. That is small even at 10,000 rows, so a crash loses
// at most the last batch of keystrokes. Every `compactEvery` changes the snapshot is rewritten and
// the log emptied, in one transaction. Opening reads the snapshot and replays the log.
import type { Draft, Row } from './draft';

/** The part of idb-keyval's API used here (each call is one transaction). */
export interface KV {
	get<T>(key: string): Promise<T | undefined>;
	setMany(entries: [string, unknown][]): Promise<void>;
	update<T>(key: string, f: (old: T | undefined) => T): Promise<void>;
	delMany(keys: string[]): Promise<void>;
}

export interface TimelineMeta {
	id: string;
	name: string;
	created: number;
	updated: number;
	/** Number of events, for the list. */
	events: number;
}

/** What changed from one draft to the next. */
export interface DraftDiff {
	/** Rows that are new or changed. */
	put?: Row[];
	/** The row keys in order, when rows were added, removed or moved. */
	order?: string[];
	/** Everything but the rows, when any of it changed. */
	head?: Omit<Draft, 'rows'>;
}

interface Snapshot {
	seq: number;
	draft: Draft;
}
interface LogEntry {
	seq: number;
	diff: DraftDiff;
}

const LIST = 'list';
const snapKey = (id: string) => `snap:${id}`;
const walKey = (id: string) => `wal:${id}`;

/** The difference between two drafts, found by identity (O(n), no deep comparison). */
export function diffDrafts(a: Draft, b: Draft): DraftDiff {
	const diff: DraftDiff = {};
	const { rows: ra, ...ha } = a;
	const { rows: rb, ...hb } = b;
	const keys = new Set([...Object.keys(ha), ...Object.keys(hb)]) as Set<keyof typeof ha>;
	for (const k of keys)
		if (ha[k] !== hb[k]) {
			diff.head = hb;
			break;
		}
	if (ra !== rb) {
		const before = new Map(ra.map((r) => [r.k, r]));
		const put = rb.filter((r) => before.get(r.k) !== r);
		if (put.length) diff.put = put;
		const sameOrder = ra.length === rb.length && ra.every((r, i) => r.k === rb[i]!.k);
		if (!sameOrder) diff.order = rb.map((r) => r.k);
	}
	return diff;
}

export const isEmptyDiff = (d: DraftDiff): boolean => !d.put && !d.order && !d.head;

/** Applies a diff to a draft. */
export function applyDiff(d: Draft, diff: DraftDiff): Draft {
	let rows = d.rows;
	if (diff.put || diff.order) {
		const byKey = new Map(rows.map((r) => [r.k, r]));
		for (const r of diff.put ?? []) byKey.set(r.k, r);
		rows = diff.order
			? diff.order.flatMap((k) => byKey.get(k) ?? [])
			: rows.map((r) => byKey.get(r.k) ?? r);
	}
	return { ...(diff.head ?? d), rows } as Draft;
}

export type SaveState = 'saved' | 'pending' | 'error';

export interface SaverOptions {
	debounceMs?: number;
	maxWaitMs?: number;
	compactEvery?: number;
	now?: () => number;
	/** Told whenever the state changes (for the "Saved" indicator). */
	onstate?: (s: SaveState, error?: unknown) => void;
}

/** Writes one timeline's changes as they happen. */
export class Saver {
	private saved: Draft;
	private latest: Draft;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private firstPending = 0;
	private chain: Promise<void> = Promise.resolve();
	private logLength: number;
	state: SaveState = 'saved';

	constructor(
		private readonly lib: Library,
		readonly id: string,
		draft: Draft,
		private seq: number,
		logLength: number,
		private readonly opts: SaverOptions = {}
	) {
		this.saved = this.latest = draft;
		this.logLength = logLength;
	}

	private setState(s: SaveState, error?: unknown) {
		this.state = s;
		this.opts.onstate?.(s, error);
	}

	/** Records the draft as it is now; it is written soon. */
	change(draft: Draft): void {
		if (draft === this.latest) return;
		this.latest = draft;
		const now = (this.opts.now ?? Date.now)();
		if (this.state !== 'pending') {
			this.firstPending = now;
			this.setState('pending');
		}
		clearTimeout(this.timer);
		const wait = Math.min(this.opts.debounceMs ?? 250, Math.max(0, this.firstPending + (this.opts.maxWaitMs ?? 1000) - now));
		this.timer = setTimeout(() => void this.flush(), wait);
	}

	/** Writes what is not written yet (also on leaving the page). Resolves when it is stored. */
	flush(): Promise<void> {
		clearTimeout(this.timer);
		this.timer = undefined;
		const draft = this.latest;
		const diff = diffDrafts(this.saved, draft);
		if (isEmptyDiff(diff)) {
			if (this.state === 'pending') this.setState('saved');
			return this.chain;
		}
		this.saved = draft;
		const seq = ++this.seq;
		const compact = ++this.logLength >= (this.opts.compactEvery ?? 25);
		if (compact) this.logLength = 0;
		this.chain = this.chain
			.then(() => (compact ? this.lib.writeSnapshot(this.id, seq, draft) : this.lib.appendLog(this.id, { seq, diff })))
			.then(() => this.lib.touch(this.id, draft.rows.length))
			.then(
				() => {
					if (this.latest === draft) this.setState('saved');
				},
				(e) => this.setState('error', e)
			);
		return this.chain;
	}

	/** Stops the timer (the page is closing the timeline); call flush() first to keep the last change. */
	dispose(): void {
		clearTimeout(this.timer);
	}
}

/** The timelines kept in this browser. */
export class Library {
	constructor(
		private readonly kv: KV,
		private readonly now: () => number = Date.now,
		private readonly newId: () => string = () => crypto.randomUUID()
	) {}

	async list(): Promise<TimelineMeta[]> {
		const list = (await this.kv.get<TimelineMeta[]>(LIST)) ?? [];
		return list.slice().sort((a, b) => b.updated - a.updated);
	}

	async create(name: string, draft: Draft): Promise<TimelineMeta> {
		const t = this.now();
		const meta: TimelineMeta = { id: this.newId(), name, created: t, updated: t, events: draft.rows.length };
		await this.kv.setMany([
			[snapKey(meta.id), { seq: 0, draft } satisfies Snapshot],
			[walKey(meta.id), [] as LogEntry[]]
		]);
		await this.kv.update<TimelineMeta[]>(LIST, (old) => [...(old ?? []), meta]);
		return meta;
	}

	/** A timeline as last written: the snapshot with the log replayed over it. */
	async open(id: string, opts: SaverOptions = {}): Promise<{ meta: TimelineMeta; draft: Draft; saver: Saver } | undefined> {
		const meta = (await this.list()).find((m) => m.id === id);
		const snap = await this.kv.get<Snapshot>(snapKey(id));
		if (!meta || !snap) return undefined;
		const log = ((await this.kv.get<LogEntry[]>(walKey(id))) ?? []).filter((e) => e.seq > snap.seq).sort((a, b) => a.seq - b.seq);
		let draft = snap.draft;
		for (const e of log) draft = applyDiff(draft, e.diff);
		const seq = log.length ? log[log.length - 1]!.seq : snap.seq;
		return { meta, draft, saver: new Saver(this, id, draft, seq, log.length, opts) };
	}

	/** A saver for a timeline just created with `draft` (no need to read back what was written). */
	adopt(meta: TimelineMeta, draft: Draft, opts: SaverOptions = {}): Saver {
		return new Saver(this, meta.id, draft, 0, 0, opts);
	}

	async rename(id: string, name: string): Promise<void> {
		await this.kv.update<TimelineMeta[]>(LIST, (old) => (old ?? []).map((m) => (m.id === id ? { ...m, name } : m)));
	}

	async remove(id: string): Promise<void> {
		await this.kv.update<TimelineMeta[]>(LIST, (old) => (old ?? []).filter((m) => m.id !== id));
		await this.kv.delMany([snapKey(id), walKey(id)]);
	}

	/** @internal (Saver) */
	appendLog(id: string, entry: LogEntry): Promise<void> {
		return this.kv.update<LogEntry[]>(walKey(id), (old) => [...(old ?? []), entry]);
	}

	/** @internal (Saver): the whole draft, and an empty log, in one transaction. */
	writeSnapshot(id: string, seq: number, draft: Draft): Promise<void> {
		return this.kv.setMany([
			[snapKey(id), { seq, draft } satisfies Snapshot],
			[walKey(id), [] as LogEntry[]]
		]);
	}

	/** @internal (Saver) */
	touch(id: string, events: number): Promise<void> {
		const t = this.now();
		return this.kv.update<TimelineMeta[]>(LIST, (old) => (old ?? []).map((m) => (m.id === id ? { ...m, updated: t, events } : m)));
	}
}
