// Round trips through our CSV: TimelineJS JSON -> ours -> CSV -> ours, and the export fixture
// (every precision, BCE, spans, bilingual texts, paragraph phrases, adoption) -> CSV -> ours.
import { describe, expect, it } from 'vitest';
import { buildModel, type TimelineModel } from '$lib/data/model';
import { eventsToCsv } from '$lib/export/csv';
import { fixtureTimeline } from '../../../tests/unit/export-fixture';
import { importText } from './index';
import { timelineJs, timelineJsCsv } from './fixtures/samples';

const viaCsv = (model: TimelineModel) => {
	const r = importText(eventsToCsv(model, 'en'), { name: 'export.csv', documents: model.documents });
	expect(r.format).toBe('csv');
	expect(r.problems).toEqual([]);
	return buildModel(r.timeline!);
};

describe('CSV round trips', () => {
	it('TimelineJS JSON -> ours -> CSV -> ours is the same timeline', () => {
		const first = buildModel(importText(JSON.stringify(timelineJs)).timeline!);
		expect(viaCsv(first)).toEqual(first);
	});

	it('a TimelineJS sheet -> ours -> CSV -> ours is the same timeline', () => {
		const first = buildModel(importText(timelineJsCsv).timeline!);
		expect(viaCsv(first)).toEqual(first);
	});

	it('our data (every field, both languages) -> CSV -> ours is the same timeline', () => {
		const first = buildModel(fixtureTimeline);
		const again = viaCsv(first);
		expect(again).toEqual(first);
		// Formula-like titles come back without the apostrophe that defused them.
		expect(again.byId.get('e5')!.title).toEqual({ en: '=HYPERLINK("x")', ru: '+формула' });
	});

	it('a timeline with a title, eras and multi-line texts round-trips', () => {
		const r = importText(
			JSON.stringify({
				title: { en: 'Mine', ru: 'Моя' },
				intro: 'Line one\n\nLine "two", with commas',
				eras: [{ start: '-0100', end: '0050', label: { en: 'Era', ru: 'Эпоха' } }],
				tracks: [{ id: 't', label: 'T', description: 'About T' }],
				events: [
					{
						id: 'a',
						track: 't',
						start: '2009-06-16T14:30:05',
						title: 'A',
						summary: 'One\ntwo',
						sources: [{ url: 'https://a.org/x?y=1,2', label: 'with space and | bar' }, { url: 'https://b.org/' }],
						displayDate: 'Mid-June',
						uncertain: 'Maybe'
					}
				]
			})
		);
		const first = buildModel(r.timeline!);
		expect(viaCsv(first)).toEqual(first);
	});
});
