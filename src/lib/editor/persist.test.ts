// The persistence layer over a fake store (a Map that clones like IndexedDB): timelines are
// created, listed, renamed and removed; changes are written as a log of diffs shortly after they
// happen and replayed on opening; the log is folded into the snapshot from time to time; a
// "crash" (the page gone without a last flush) loses only what was not written yet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library, applyDiff, diffDrafts, type KV } from './persist';
import { addEvent, deleteRows, emptyDraft, fromDataset, setField, type Draft } from './draft';

function fakeStore() {
	const map = new Map<string, unknown>();
	const writes: string[] = [];
	const kv: KV = {
		get: async (k) => structuredClone(map.get(k)) as never,
		setMany: async (entries) => {
			for (const [k, v] of entries) map.set(k, structuredClone(v));
			writes.push(entries.map(([k]) => k).join('+'));
		},
		update: async (k, f) => {
			map.set(k, structuredClone(f(structuredClone(map.get(k)) as never)));
			writes.push(k);
		},
		delMany: async (keys) => {
			for (const k of keys) map.delete(k);
		}
	};
	return { kv, map, writes };
}

const base = (): Draft =>
	fromDataset({
		title: 'Mine',
		tracks: [{ id: 'a', label: 'A' }],
		events: [
			{ id: 'e1', track: 'a', start: '2001', title: 'One' },
			{ id: 'e2', track: 'a', start: '2002', title: 'Two' }
		]
	});

describe('diffDrafts / applyDiff', () => {
	it('finds changed rows, order and head by identity, and applying gives the same draft', () => {
		const a = base();
		const k1 = a.rows[0]!.k;
		const steps: ((d: Draft) => Draft)[] = [
			(d) => setField(d, k1, 'title', 'Uno'),
			(d) => addEvent(d, { title: 'Three', start: '2003' }),
			(d) => deleteRows(d, [k1]),
			(d) => ({ ...d, tracks: [...d.tracks, { id: 'b', label: 'B' }] }),
			(d) => ({ ...d, rows: d.rows.slice().reverse() })
		];
		let prev = a;
		for (const step of steps) {
			const next = step(prev);
			const diff = diffDrafts(prev, next);
			expect(structuredClone(applyDiff(structuredClone(prev), structuredClone(diff)))).toEqual(structuredClone(next));
			prev = next;
		}
		const edit = setField(a, k1, 'title', 'Uno');
		expect(diffDrafts(a, edit)).toEqual({ put: [edit.rows[0]] });
		expect(diffDrafts(a, a)).toEqual({});
	});
});

describe('Library', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('creates, lists (latest first), renames and removes timelines', async () => {
		const { kv, map } = fakeStore();
		let t = 1000;
		let n = 0;
		const lib = new Library(kv, () => t, () => `id${++n}`);
		await lib.create('First', base());
		t = 2000;
		await lib.create('Second', emptyDraft({ id: 'x', label: 'X' }));
		expect((await lib.list()).map((m) => [m.name, m.events])).toEqual([
			['Second', 0],
			['First', 2]
		]);
		await lib.rename('id1', 'Renamed');
		expect((await lib.list()).find((m) => m.id === 'id1')!.name).toBe('Renamed');
		await lib.remove('id1');
		expect((await lib.list()).map((m) => m.id)).toEqual(['id2']);
		expect([...map.keys()].filter((k) => k.includes('id1'))).toEqual([]);
		expect(await lib.open('id1')).toBeUndefined();
	});

	it('writes changes shortly after they happen, as a log, and opening replays it', async () => {
		const { kv, writes } = fakeStore();
		const lib = new Library(kv, () => 5, () => 'id');
		await lib.create('T', base());
		const opened = (await lib.open('id', { debounceMs: 200, maxWaitMs: 1000 }))!;
		let d = opened.draft;
		const k = d.rows[1]!.k;
		const states: string[] = [];
		const saver = opened.saver;
		(saver as unknown as { opts: { onstate: (s: string) => void } }).opts.onstate = (s) => states.push(s);
		writes.length = 0;
		for (const title of ['T', 'Tw', 'Twa']) {
			d = setField(d, k, 'title', title);
			saver.change(d);
			await vi.advanceTimersByTimeAsync(50);
		}
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(250);
		expect(writes).toEqual(['wal:id', 'list']);
		expect(states).toEqual(['pending', 'saved']);
		const again = (await lib.open('id'))!;
		expect(again.draft.rows[1]!.e.title).toBe('Twa');
		expect(again.draft.rows.map((r) => r.k)).toEqual(d.rows.map((r) => r.k));
	});

	it('writes at least every maxWaitMs while changes keep coming', async () => {
		const { kv, writes } = fakeStore();
		const lib = new Library(kv, () => 5, () => 'id');
		await lib.create('T', base());
		const { draft, saver } = (await lib.open('id', { debounceMs: 200, maxWaitMs: 500 }))!;
		let d = draft;
		writes.length = 0;
		for (let i = 0; i < 10; i++) {
			d = setField(d, d.rows[0]!.k, 'title', `t${i}`);
			saver.change(d);
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(writes.filter((w) => w === 'wal:id').length).toBeGreaterThanOrEqual(2);
	});

	it('folds the log into the snapshot every `compactEvery` writes, in one transaction', async () => {
		const { kv, writes, map } = fakeStore();
		const lib = new Library(kv, () => 5, () => 'id');
		await lib.create('T', base());
		const { draft, saver } = (await lib.open('id', { compactEvery: 3 }))!;
		let d = draft;
		writes.length = 0;
		for (let i = 0; i < 4; i++) {
			d = addEvent(d, { title: `New ${i}`, start: '2010' });
			saver.change(d);
			await saver.flush();
		}
		expect(writes.filter((w) => w !== 'list')).toEqual(['wal:id', 'wal:id', 'snap:id+wal:id', 'wal:id']);
		expect((map.get('wal:id') as unknown[]).length).toBe(1);
		const again = (await lib.open('id'))!;
		expect(again.draft.rows.map((r) => r.e.title)).toEqual(['One', 'Two', 'New 0', 'New 1', 'New 2', 'New 3']);
	});

	it('a crash loses only the batch not yet written', async () => {
		const { kv } = fakeStore();
		const lib = new Library(kv, () => 5, () => 'id');
		await lib.create('T', base());
		const { draft, saver } = (await lib.open('id', { debounceMs: 200 }))!;
		const k = draft.rows[0]!.k;
		const written = setField(draft, k, 'title', 'written');
		saver.change(written);
		await vi.advanceTimersByTimeAsync(300);
		saver.change(setField(written, k, 'title', 'lost'));
		saver.dispose(); // the tab dies before the debounce fires
		await vi.advanceTimersByTimeAsync(1000);
		expect((await lib.open('id'))!.draft.rows[0]!.e.title).toBe('written');
	});

	it('reports a failed write', async () => {
		const { kv } = fakeStore();
		const lib = new Library(kv, () => 5, () => 'id');
		await lib.create('T', base());
		const states: string[] = [];
		const { draft, saver } = (await lib.open('id', { onstate: (s) => states.push(s) }))!;
		kv.update = async () => {
			throw new Error('QuotaExceededError');
		};
		saver.change(setField(draft, draft.rows[0]!.k, 'title', 'x'));
		await saver.flush();
		expect(states).toEqual(['pending', 'error']);
	});
});
