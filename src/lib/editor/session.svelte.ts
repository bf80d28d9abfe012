// One open timeline in the editor: its draft (immutable, replaced on every change), the undo history,
// the problems found (derived), the model the timeline draws (derived from the events that can be
// drawn, rebuilt incrementally), the selected row, and the saver that keeps it in this browser.
// Every change goes through `change()`: history, saving and the timeline all follow from there.
import { buildModel, type EventModelCache, type TimelineModel } from '$lib/data/model';
import type { LooseTimeline } from '$lib/data/schema';
import { checkDraft, type DraftCheck } from './check';
import { History } from './history';
import type { Draft } from './draft';
import type { SaveState, Saver, TimelineMeta } from './persist';

/** Past this many rows the timeline is rebuilt at most every THROTTLE_MS while the draft changes. */
export const LARGE = 2000;
const THROTTLE_MS = 150;

export class EditorSession {
	draft = $state.raw<Draft>(null!);
	/** Row key of the event in the form. */
	selected = $state<string | undefined>(undefined);
	canUndo = $state(false);
	canRedo = $state(false);
	saveState = $state<SaveState>('saved');
	saveError = $state<string | undefined>(undefined);
	meta = $state.raw<TimelineMeta>(null!);

	private readonly history: History<Draft>;
	private cache: EventModelCache = new WeakMap();
	private cachedTracks: unknown;

	check: DraftCheck = $derived(checkDraft(this.draft));

	/**
	 * What the timeline draws: the events without blocking problems. Rebuilt after every change, at
	 * once for ordinary sizes; past LARGE rows at most every THROTTLE_MS (the table and the form
	 * follow each keystroke at once, the timeline a moment later), so typing stays responsive.
	 */
	model = $state.raw<TimelineModel>(null!);
	private modelTimer: ReturnType<typeof setTimeout> | undefined;
	private modelAt = 0;

	private buildModel(): TimelineModel {
		const d = this.draft;
		if (d.tracks !== this.cachedTracks) {
			// A lane index is part of an event's model: new lanes, new cache.
			this.cache = new WeakMap();
			this.cachedTracks = d.tracks;
		}
		const drawable = this.check.drawable;
		const events = d.rows.filter((r) => drawable.has(r.k)).map((r) => r.e);
		const tracks = d.tracks.length ? d.tracks : [{ id: '-', label: '-' }];
		this.modelAt = performance.now();
		return buildModel({ ...d.rest, tracks, events } as unknown as LooseTimeline, this.cache);
	}

	private scheduleModel() {
		if (this.draft.rows.length < LARGE) {
			this.model = this.buildModel();
			return;
		}
		if (this.modelTimer !== undefined) return;
		const wait = Math.max(0, this.modelAt + THROTTLE_MS - performance.now());
		this.modelTimer = setTimeout(() => {
			this.modelTimer = undefined;
			this.model = this.buildModel();
		}, wait);
	}

	/** Row key of each drawable event id (for a click on the timeline). */
	keyOfId = $derived(new Map(this.draft.rows.map((r) => [r.e.id, r.k])));

	constructor(
		meta: TimelineMeta,
		draft: Draft,
		readonly saver: Saver
	) {
		this.meta = meta;
		this.draft = draft;
		this.history = new History(draft);
		this.model = this.buildModel();
	}

	/** Applies a change: recorded for undo (merged with the last one under the same key), saved soon. */
	change(next: Draft, mergeKey?: string): void {
		if (next === this.draft) return;
		this.history.commit(next, mergeKey);
		this.set(next);
	}

	/** The next change starts a new undo step (focus left a field). */
	seal(): void {
		this.history.seal();
	}

	undo(): void {
		const d = this.history.undo();
		if (d) this.set(d);
	}

	redo(): void {
		const d = this.history.redo();
		if (d) this.set(d);
	}

	private set(d: Draft) {
		this.draft = d;
		this.canUndo = this.history.canUndo;
		this.canRedo = this.history.canRedo;
		if (this.selected && !d.rows.some((r) => r.k === this.selected)) this.selected = undefined;
		this.saver.change(d);
		this.scheduleModel();
	}

	/** The timeline is closed: no more rebuilds. (Flush the saver first.) */
	dispose(): void {
		clearTimeout(this.modelTimer);
		this.saver.dispose();
	}

	onSaveState = (s: SaveState, error?: unknown) => {
		this.saveState = s;
		this.saveError = error === undefined ? undefined : String((error as Error)?.message ?? error);
	};
}
