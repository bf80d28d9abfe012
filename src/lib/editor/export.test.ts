// The editor's exports read back through the importer: our JSON keeps everything (scenes and events
// with problems included), CSV and TimelineJS the events that can be drawn.
import { describe, expect, it } from 'vitest';
import { exportFile } from './export';
import { fromDataset, toDataset } from './draft';
import { checkDraft } from './check';
import { importText } from '$lib/import';
import { buildModel } from '$lib/data/model';
import type { LooseTimeline } from '$lib/data/schema';

const data = {
	title: 'Mine',
	tracks: [
		{ id: 'a', label: { en: 'Lane A', ru: 'Лента А' } },
		{ id: 'b', label: 'B' }
	],
	events: [
		{ id: 'one', track: 'a', start: '2001-06-16', title: { en: 'One', ru: 'Один' }, sources: [{ url: 'https://example.org/1' }] },
		{ id: 'two', track: 'b', start: '-0044-03-15', end: '-0043', title: 'Two' },
		{ id: 'bad', track: 'a', start: '2021-02-30', title: 'Bad date' }
	],
	stories: [{ id: 'story', title: 'S', scenes: [{ window: { from: '2000', to: '2002' }, title: 'First', event: 'one' }] }]
};

function setup() {
	const d = fromDataset(structuredClone(data));
	const drawable = checkDraft(d).drawable;
	const model = buildModel(toDataset(d, (r) => drawable.has(r.k)) as unknown as LooseTimeline);
	return { d, model };
}

describe('exportFile', () => {
	it('JSON: the whole draft, scenes and events with problems included', () => {
		const { d, model } = setup();
		const f = exportFile(d, 'json', 'My timeline', { model, locale: 'en' });
		expect(f.name).toBe('my-timeline.json');
		expect(JSON.parse(f.text)).toEqual(data);
	});

	it('CSV reads back to the same events (those that can be drawn)', () => {
		const { d, model } = setup();
		const f = exportFile(d, 'csv', 'Mine', { model, locale: 'en' });
		expect(f.name).toBe('mine.csv');
		const r = importText(f.text, { name: f.name });
		expect(r.problems).toEqual([]);
		expect(r.timeline!.events.map((e) => [e.id, e.start, e.end])).toEqual([
			['two', '-0044-03-15', '-0043'],
			['one', '2001-06-16', undefined]
		]);
		expect(buildModel(r.timeline!).byId.get('one')!.title).toEqual({ en: 'One', ru: 'Один' });
	});

	it('TimelineJS JSON in the page language reads back to the same events', () => {
		const { d, model } = setup();
		const f = exportFile(d, 'timelinejs', 'Mine', { model, locale: 'ru' });
		expect(f.name).toBe('mine.timelinejs.ru.json');
		const r = importText(f.text, { name: f.name });
		expect(r.format).toBe('timelinejs-json');
		expect(r.timeline!.events.map((e) => e.title).sort()).toEqual(['Two', 'Один']);
	});
});
