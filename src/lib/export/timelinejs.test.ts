// TimelineJS export: reads back through the importer to the same events (in one language).
import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/data/model';
import { importText } from '$lib/import';
import { timelineJs } from '$lib/import/fixtures/samples';
import { fixtureTimeline } from '../../../tests/unit/export-fixture';
import { eventsToTimelineJs, textToHtml, timelineJsDate } from './timelinejs';

describe('TimelineJS export', () => {
	it('writes dates at their precision, with TimelineJS BCE years', () => {
		expect(timelineJsDate('2009')).toEqual({ year: 2009 });
		expect(timelineJsDate('2009-06-16T14:30')).toEqual({ year: 2009, month: 6, day: 16, hour: 14, minute: 30 });
		expect(timelineJsDate('-0499-03')).toEqual({ year: -500, month: 3 });
		expect(timelineJsDate('0000')).toEqual({ year: -1 });
	});

	it('writes text as escaped HTML paragraphs', () => {
		expect(textToHtml('a <b> & c\nd\n\ne')).toBe('<p>a &lt;b&gt; &amp; c<br>d</p><p>e</p>');
	});

	it('reads back to the same events, lanes, title and eras', () => {
		const model = buildModel(importText(JSON.stringify(timelineJs)).timeline!);
		const again = importText(eventsToTimelineJs(model, 'en'));
		expect(again.format).toBe('timelinejs-json');
		expect(again.problems).toEqual([]);
		const back = buildModel(again.timeline!);
		const strip = (m: typeof model) =>
			m.events.map((e) => ({ id: e.id, start: e.start, end: e.end, title: e.title.en, summary: e.summary?.en, display: e.displayDate?.en, track: m.tracks[e.lane]!.label.en, sources: e.sources.map((s) => [s.url, s.label?.en]) }));
		expect(strip(back)).toEqual(strip(model));
		expect(back.title!.en).toBe(model.title!.en);
		expect(back.eras).toEqual(model.eras.map((e) => ({ ...e, label: { en: e.label.en, ru: e.label.en } })));
	});

	it('exports our data in the chosen language', () => {
		const file = JSON.parse(eventsToTimelineJs(buildModel(fixtureTimeline), 'ru'));
		const e1 = file.events.find((e: { unique_id: string }) => e.unique_id === 'e1');
		expect(e1.text.headline).toBe('Резолюция 64/1: раз, два; три');
		expect(e1.group).toBe('Дорожка А');
		expect(e1.text.text).toContain('<a href="https://example.org/e1">Источник</a>');
		expect(file.events.find((e: { unique_id: string }) => e.unique_id === 'e6').start_date).toEqual({ year: -45 });
	});
});
