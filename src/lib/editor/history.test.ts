import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('History', () => {
	it('undoes and redoes in order, and a new change drops the redo steps', () => {
		const h = new History('a');
		h.commit('b');
		h.commit('c');
		expect(h.undo()).toBe('b');
		expect(h.undo()).toBe('a');
		expect(h.undo()).toBeUndefined();
		expect(h.present).toBe('a');
		expect(h.redo()).toBe('b');
		expect(h.canRedo).toBe(true);
		h.commit('x');
		expect(h.canRedo).toBe(false);
		expect(h.redo()).toBeUndefined();
		expect(h.undo()).toBe('b');
	});

	it('merges changes with the same key made close together (typing), not others', () => {
		let t = 0;
		const h = new History('', { now: () => t, mergeMs: 1000 });
		for (const s of ['h', 'he', 'hel', 'hell', 'hello']) {
			t += 100;
			h.commit(s, 'title');
		}
		t += 100;
		h.commit('hello!', 'summary');
		t += 5000;
		h.commit('hello!?', 'summary');
		expect(h.undo()).toBe('hello!');
		expect(h.undo()).toBe('hello');
		expect(h.undo()).toBe('');
		expect(h.canUndo).toBe(false);
	});

	it('does not merge across seal() (a field was left)', () => {
		const h = new History('', { now: () => 0 });
		h.commit('a', 'k');
		h.seal();
		h.commit('ab', 'k');
		expect(h.undo()).toBe('a');
	});

	it('does not merge across an undo', () => {
		const h = new History(0, { now: () => 0 });
		h.commit(1, 'k');
		h.commit(2, 'k');
		h.undo();
		h.commit(3, 'k');
		expect(h.undo()).toBe(0);
	});

	it('ignores a commit of the present and keeps at most `limit` steps', () => {
		const h = new History(0, { limit: 3 });
		h.commit(0);
		expect(h.canUndo).toBe(false);
		for (let i = 1; i <= 10; i++) h.commit(i);
		let n = 0;
		while (h.undo() !== undefined) n++;
		expect(n).toBe(3);
		expect(h.present).toBe(7);
	});

	it('reset forgets everything', () => {
		const h = new History('a');
		h.commit('b');
		h.reset('z');
		expect([h.present, h.canUndo, h.canRedo]).toEqual(['z', false, false]);
	});
});
