// A small timeline for the export tests: every date precision, a BCE year, spans, text that needs
// escaping in CSV / iCalendar / XML, a formula-like title, an event whose date is not verified, one
// whose title is not verified, and a document.
import { buildModel, type TimelineModel } from '$lib/data/model';
import type { Timeline } from '$lib/data/schema';
import { utc } from '$lib/timeline/time';

const src = (path: string) => [{ url: `https://example.org/${path}`, label: { en: 'Source', ru: 'Источник' } }];

export const fixtureTimeline: Timeline = {
	version: '1',
	documents: [
		{
			id: 'doc',
			title: { en: 'The statement', ru: 'Заявление' },
			date: '2009-06-16',
			eventId: 'e1',
			paragraphs: [
				{ id: 'p1', ru: 'Первый пункт.', en: 'First paragraph.' },
				{ id: 'p2', ru: 'Второй пункт.', en: 'Second paragraph.' }
			]
		}
	],
	tracks: [
		{ id: 'a', label: { en: 'Track A', ru: 'Дорожка А' } },
		{ id: 'b', label: { en: 'Track "B", with <tags> & commas', ru: 'Дорожка Б' }, description: { en: 'B', ru: 'Б' } }
	],
	themes: [
		{ id: 'norms', label: { en: 'Norms', ru: 'Нормы' } },
		{ id: 'crime', label: { en: 'Crime', ru: 'Преступность' } }
	],
	events: [
		{
			id: 'e1',
			track: 'a',
			kind: 'resolution',
			start: '2009-06-16',
			title: { en: 'Resolution 64/1: one, two; three', ru: 'Резолюция 64/1: раз, два; три' },
			summary: {
				en: 'A summary with a backslash \\ and a comma, long enough to be folded across several lines of the calendar file.',
				ru: 'Длинное резюме на русском языке, которое обязательно придётся переносить по строкам в файле календаря, потому что кириллица занимает по два октета.'
			},
			symbols: ['A/RES/64/1', 'A/64/L.1'],
			adoption: { mode: 'recorded-vote', votes: { yes: 1, no: 2, abstain: 3 } },
			place: { en: 'New York', ru: 'Нью-Йорк' },
			sources: src('e1'),
			themes: ['norms'],
			paragraphs: [{ ref: 'doc#p1' }, { ref: 'doc#p1', phrase: { en: 'First' } }],
			importance: 3
		},
		{
			id: 'e2',
			track: 'a',
			kind: 'letter',
			start: '2011-09',
			title: { en: 'A letter', ru: 'Письмо' },
			summary: { en: 'Month precision.', ru: 'Точность до месяца.' },
			symbols: ['A/66/359'],
			sources: src('e2'),
			paragraphs: [{ ref: 'doc#p2' }],
			uncertain: { about: 'date', en: 'The day is not known.', ru: 'День неизвестен.' }
		},
		{
			id: 'e3',
			track: 'a',
			kind: 'process',
			start: '2004',
			end: '2005',
			title: { en: 'A process', ru: 'Процесс' },
			summary: { en: 'Year precision span.', ru: 'Период с точностью до года.' },
			sources: src('e3')
		},
		{
			id: 'e4',
			track: 'b',
			kind: 'session',
			start: '2021-05-10',
			end: '2021-05-12',
			title: { en: 'A <session> & "more"', ru: 'Сессия' },
			summary: { en: 'Day span.', ru: 'Период в днях.' },
			sources: src('e4'),
			themes: ['crime']
		},
		{
			id: 'e5',
			track: 'b',
			kind: 'other',
			start: '2015-01-09',
			title: { en: '=HYPERLINK("x")', ru: '+формула' },
			summary: { en: 'Formula-like title.', ru: 'Заголовок похож на формулу.' },
			sources: src('e5'),
			uncertain: { about: 'title', en: 'The official title is not known.', ru: 'Официальное название неизвестно.' }
		},
		{
			id: 'e6',
			track: 'b',
			kind: 'treaty',
			start: '-0044',
			title: { en: 'An ancient treaty', ru: 'Древний договор' },
			summary: { en: 'BCE.', ru: 'До нашей эры.' },
			symbols: ['ETS No. 1'],
			sources: src('e6')
		}
	]
};

export const fixtureModel = (): TimelineModel => buildModel(fixtureTimeline);

/** 2000-01-01 .. 2030-01-01 (excludes the BCE event). */
export const MODERN: [number, number] = [utc(2000), utc(2030)];

/** A strict-enough XML well-formedness check: balanced tags, quoted attributes, valid entities. */
export function wellFormed(xml: string): { tags: string[] } {
	const stack: string[] = [];
	const tags: string[] = [];
	const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let pos = 0;
	while (pos < xml.length) {
		token.lastIndex = pos;
		const m = token.exec(xml);
		if (!m) throw new Error(`not well-formed at ${pos}: ${xml.slice(pos, pos + 60)}`);
		const text = m[5] ?? m[3] ?? '';
		for (const amp of text.matchAll(/&([^;\s]*);?/g))
			if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(amp[0])) throw new Error(`bad entity ${amp[0]}`);
		if (m[2]) {
			if (m[1]) {
				if (stack.pop() !== m[2]) throw new Error(`unbalanced </${m[2]}>`);
			} else {
				tags.push(m[2]);
				if (!m[4]) stack.push(m[2]);
			}
		}
		pos = token.lastIndex;
	}
	if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
	return { tags };
}

