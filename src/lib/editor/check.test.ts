import { describe, expect, it } from 'vitest';
import { checkDraft, problemsOf } from './check';
import { addEvent, fromDataset, setField, type Draft } from './draft';

const draft = (events: unknown[], over: Record<string, unknown> = {}, schema: Draft['schema'] = 'lenient') =>
	fromDataset({ tracks: [{ id: 'a', label: 'A' }], events, ...over }, schema);

describe('checkDraft', () => {
	it('passes good events and reports each problem at its field', () => {
		const d = draft([
			{ id: 'ok', track: 'a', start: '2009', title: 'Fine' },
			{ id: 'bad-date', track: 'a', start: '2009-02-30', title: 'X' },
			{ id: 'no-title', track: 'a', start: '2009' },
			{ id: 'ends-early', track: 'a', start: '2009-05', end: '2009-04', title: 'X' },
			{ id: 'ok', track: 'zz', start: '2009', title: 'X' },
			{ id: 'bad-url', track: 'a', start: '2009', title: 'X', sources: [{ url: 'javascript:alert(1)' }] }
		]);
		const c = checkDraft(d);
		const at = (i: number) => c.rows.get(d.rows[i]!.k) ?? [];
		expect(c.drawable).toEqual(new Set([d.rows[0]!.k]));
		expect(problemsOf(at(1), 'start')[0]!.message).toMatch(/real date/);
		expect(problemsOf(at(2), 'title')[0]!.message).toMatch(/required/);
		expect(problemsOf(at(3), 'end')[0]!.message).toMatch(/before start/);
		expect(problemsOf(at(4), 'id')[0]!.message).toMatch(/duplicate id "ok" \(also row 1\)/);
		expect(problemsOf(at(4), 'track')[0]!.message).toMatch(/unknown track "zz"/);
		expect(problemsOf(at(5), 'sources')[0]!.field).toBe('sources[0].url');
		expect(c.count).toBe(6);
	});

	it('strict drafts show the bundled rules without hiding the event', () => {
		const d = draft([{ id: 'e', track: 'a', start: '2009', title: { en: 'Only English' } }], { tracks: [{ id: 'a', label: { en: 'A', ru: 'А' } }] }, 'strict');
		const c = checkDraft(d);
		const list = c.rows.get(d.rows[0]!.k)!;
		expect(c.drawable.has(d.rows[0]!.k)).toBe(true);
		expect(list.every((p) => !p.blocking)).toBe(true);
		expect(problemsOf(list, 'title').length).toBe(1);
		expect(problemsOf(list, 'sources').length).toBe(1);
		expect(problemsOf(list, 'summary').length).toBe(1);
	});

	it('re-checks only the events that changed (schema results are cached per event)', () => {
		let d = draft([]);
		for (let i = 0; i < 50; i++) d = addEvent(d, { title: `E${i}`, start: '2000' });
		const a = checkDraft(d);
		const k = d.rows[10]!.k;
		const d2 = setField(d, k, 'start', '2000-13');
		const b = checkDraft(d2);
		expect(a.rows.size).toBe(0);
		expect([...b.rows.keys()]).toEqual([k]);
		expect(b.drawable.size).toBe(49);
	});

	it('lanes and scenes have their problems too', () => {
		const d = fromDataset({
			tracks: [{ id: 'a', label: 'A' }, { id: 'a', label: '' }],
			events: [{ id: 'e', track: 'a', start: '2009', title: 'E' }],
			stories: [{ id: 's', title: 'S', scenes: [{ window: { from: '2009', to: '2010' }, event: 'nope', tracks: ['zz'] }, { window: { from: '2011', to: '2010' } }] }]
		});
		const c = checkDraft(d);
		expect(c.tracks.get(1)!.map((p) => p.field).sort()).toEqual(['id', 'label']);
		expect(c.scenes.get(0)!.map((p) => p.field)).toEqual(['event', 'tracks[0]']);
		expect(c.scenes.get(1)!.map((p) => p.field)).toEqual(['window.to']);
	});
});
