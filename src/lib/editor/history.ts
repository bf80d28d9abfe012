// Undo and redo over immutable states (the editor's drafts). A change committed with the same merge
// key as the one before, soon after it (typing in one field), joins that step, so one undo takes back
// a burst of typing rather than one character. Bounded: the oldest steps are dropped. Pure.

export interface HistoryOptions {
	/** Steps kept for undo (default 200). */
	limit?: number;
	/** Changes with the same key closer than this (ms) are one step (default 1000). */
	mergeMs?: number;
	now?: () => number;
}

export class History<T> {
	private past: T[] = [];
	private future: T[] = [];
	private lastKey: string | undefined;
	private lastAt = -Infinity;
	private readonly limit: number;
	private readonly mergeMs: number;
	private readonly now: () => number;

	constructor(
		private current: T,
		opts: HistoryOptions = {}
	) {
		this.limit = opts.limit ?? 200;
		this.mergeMs = opts.mergeMs ?? 1000;
		this.now = opts.now ?? Date.now;
	}

	get present(): T {
		return this.current;
	}
	get canUndo(): boolean {
		return this.past.length > 0;
	}
	get canRedo(): boolean {
		return this.future.length > 0;
	}

	/** Records `next` as the new present. Returns it. */
	commit(next: T, mergeKey?: string): T {
		if (next === this.current) return next;
		const t = this.now();
		const merge = mergeKey !== undefined && mergeKey === this.lastKey && t - this.lastAt < this.mergeMs && this.past.length > 0;
		if (!merge) {
			this.past.push(this.current);
			if (this.past.length > this.limit) this.past.shift();
		}
		this.current = next;
		this.future = [];
		this.lastKey = mergeKey;
		this.lastAt = t;
		return next;
	}

	/** Steps back; undefined when there is nothing to undo. */
	undo(): T | undefined {
		const prev = this.past.pop();
		if (prev === undefined) return undefined;
		this.future.push(this.current);
		this.current = prev;
		this.lastKey = undefined;
		return prev;
	}

	/** Steps forward again; undefined when there is nothing to redo. */
	redo(): T | undefined {
		const next = this.future.pop();
		if (next === undefined) return undefined;
		this.past.push(this.current);
		this.current = next;
		this.lastKey = undefined;
		return next;
	}

	/** Ends the current step: the next change starts a new one even under the same key (a field was left). */
	seal(): void {
		this.lastKey = undefined;
	}

	/** Forgets every step (a timeline was opened). */
	reset(state: T): void {
		this.current = state;
		this.past = [];
		this.future = [];
		this.lastKey = undefined;
	}
}
