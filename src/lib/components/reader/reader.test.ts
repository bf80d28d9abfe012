// Tests for the reader's pure helpers, partly against the real bundled data.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { buildModel, type TimelineModel } from '$lib/data/model';
import {
	layeredSegments,
	linkedEvents,
	paragraphsOfEvent,
	parseMode,
	phrasesFor,
	resolveMode,
	sparkMarks,
	withMode
} from './reader';

let model: TimelineModel;
beforeAll(() => {
	model = buildModel(loadDataset());
});

describe('reading mode', () => {
	it('parses the three modes, case-insensitively, and nothing else', () => {
		expect(['ru', 'EN', ' both '].map(parseMode)).toEqual(['ru', 'en', 'both']);
		expect(parseMode('de')).toBeUndefined();
		expect(parseMode(null)).toBeUndefined();
	});
	it('prefers the URL, then the stored choice, then both', () => {
		expect(resolveMode('en', 'ru')).toBe('en');
		expect(resolveMode('xx', 'ru')).toBe('ru');
		expect(resolveMode(null, null)).toBe('both');
	});
	it('writes the mode into the query, omitting the default and keeping other parameters', () => {
		expect(withMode('?event=x', 'ru')).toBe('?event=x&mode=ru');
		expect(withMode('?mode=ru&event=x', 'both')).toBe('?event=x');
		expect(withMode('', 'both')).toBe('');
	});
	it('omits the page\'s own default instead when one is given (the page language on /)', () => {
		expect(withMode('?event=x', 'both', 'en')).toBe('?event=x&mode=both');
		expect(withMode('?mode=ru&tracks=a,b', 'en', 'en')).toBe('?tracks=a,b');
		expect(withMode('', 'ru', 'en')).toBe('?mode=ru');
	});
});

describe('links between paragraphs and events', () => {
	it('lists the events of a paragraph in time order', () => {
		const events = linkedEvents(model, 'sco-2020-iis#p7');
		expect(events.length).toBeGreaterThan(3);
		expect(events.map((e) => e.id)).toContain('un-res-74-247');
		for (let i = 1; i < events.length; i++) expect(events[i]!.t0).toBeGreaterThanOrEqual(events[i - 1]!.t0);
	});
	it('gives an empty list for an unknown paragraph', () => {
		expect(linkedEvents(model, 'sco-2020-iis#p99')).toEqual([]);
	});
	it('lists the paragraphs of an event in document order', () => {
		const e = model.byId.get('un-res-74-247');
		expect(paragraphsOfEvent(e, 'sco-2020-iis')).toContain('p7');
		expect(paragraphsOfEvent(e, 'other-doc')).toEqual([]);
		expect(paragraphsOfEvent(undefined, 'sco-2020-iis')).toEqual([]);
	});
	it('finds the key phrases that are substrings of the paragraph, in each language', () => {
		const ref = 'sco-2020-iis#p7';
		const doc = model.documents[0]!;
		const p7 = doc.paragraphs.find((p) => p.id === 'p7')!;
		const events = linkedEvents(model, ref);
		const ru = phrasesFor(events, ref, 'ru');
		const en = phrasesFor(events, ref, 'en');
		expect(ru.length).toBeGreaterThan(0);
		for (const p of ru) expect(p7.ru).toContain(p);
		for (const p of en) expect(p7.en).toContain(p);
	});
});

describe('layeredSegments', () => {
	it('marks strong phrases over faint ones and keeps the text', () => {
		const text = 'one two three four';
		const segs = layeredSegments(text, ['two'], ['three', 'two three']);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.level === 2).map((s) => s.text)).toEqual(['two']);
		expect(segs.filter((s) => s.level === 1).map((s) => s.text)).toEqual(['three']);
	});
	it('gives one plain segment without phrases', () => {
		expect(layeredSegments('abc', [], [])).toEqual([{ text: 'abc', level: 0 }]);
	});
});

describe('sparkMarks', () => {
	it('places events across the extent, with a minimum width, inside the bounds', () => {
		const ev = (id: string, t0: number, t1: number) => ({ id, lane: 1, t0, t1 }) as never;
		const extent: [number, number] = [0, 1000];
		const marks = sparkMarks([ev('a', 0, 1), ev('b', 500, 750), ev('c', 999, 1000)], extent, 100, 2);
		expect(marks[0]).toMatchObject({ id: 'a', x: 0, w: 2, lane: 1 });
		expect(marks[1]!.x).toBeCloseTo(50);
		expect(marks[1]!.w).toBeCloseTo(25);
		expect(marks[2]!.x + marks[2]!.w).toBeLessThanOrEqual(100);
	});
});
