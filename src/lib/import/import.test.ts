import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/data/model';
import { importText, delimiterOf } from './index';
import { timelineJs, timelineJsCsv, TLJS_HEADER } from './fixtures/samples';

const minimal = {
	tracks: [{ id: 'politics', label: 'Politics' }],
	events: [
		{ id: 'e1', start: '1995-01-10', end: '1996-03-02', title: 'Public market debated', track: 'politics' },
		{ id: 'e2', start: '1997', title: { en: 'Only English' }, track: 'politics' }
	]
};
const reasons = (r: ReturnType<typeof importText>) => r.problems.map((p) => `${p.where} ${p.field ?? ''}: ${p.reason}`);

describe('format detection', () => {
	it.each([
		['minimal JSON', JSON.stringify(minimal), {}, 'minimal'],
		['our JSON', JSON.stringify({ ...minimal, themes: [] }), {}, 'native'],
		['TimelineJS JSON', JSON.stringify(timelineJs), {}, 'timelinejs-json'],
		['a TimelineJS sheet', timelineJsCsv, { name: 'sheet.csv' }, 'timelinejs-csv'],
		['a TimelineJS sheet copied as tab-separated cells', timelineJsCsv.replace(/,/g, '\t'), {}, 'timelinejs-csv'],
		['our CSV', 'id,track,start,title_en\na,x,2001,A', {}, 'csv'],
		['our CSV with semicolons', 'id;track;start;title\na;x;2001;A', {}, 'csv']
	] as const)('recognises %s', (_what, text, opts, format) => {
		const r = importText(text, opts);
		expect(r.format).toBe(format);
		expect(r.imported).toBeGreaterThan(0);
	});

	it('says what it reads when the text is none of them', () => {
		for (const text of ['hello, world\n1,2', '{"foo": 1}', '[1, 2]']) {
			const r = importText(text);
			expect(r.imported).toBe(0);
			expect(r.timeline).toBeUndefined();
			expect(r.problems[0]!.reason).toMatch(/not a format this app reads/);
		}
	});

	it('reports an empty file and invalid JSON', () => {
		expect(importText('  \n').problems[0]!.reason).toBe('the file is empty');
		const r = importText('{nope');
		expect(r.problems[0]!.reason).toMatch(/is not valid JSON/);
		expect(r.imported).toBe(0);
	});

	it('reads a byte-order mark and a .json name', () => {
		expect(importText('\uFEFF' + JSON.stringify(minimal)).imported).toBe(2);
		expect(importText(' ' + JSON.stringify(minimal), { name: 'x.json' }).format).toBe('minimal');
	});

	it('gives problem reasons in Russian on request', () => {
		const r = importText(timelineJsCsv, { locale: 'ru' });
		expect(r.problems.map((p) => p.where)).toContain('строка 6');
		expect(r.problems.find((p) => p.where === 'строка 6')!.reason).toBe('месяца 13 не бывает (1–12); событие не импортировано');
	});

	it('picks the delimiter of the header line', () => {
		expect(delimiterOf('a,b,c\n1;2;3')).toBe(',');
		expect(delimiterOf('a\tb\tc, d')).toBe('\t');
		expect(delimiterOf('a;b;c')).toBe(';');
	});
});

describe('our JSON and the minimal form', () => {
	it('reads the minimal form as it is', () => {
		const r = importText(JSON.stringify(minimal));
		expect(r.problems).toEqual([]);
		const model = buildModel(r.timeline!);
		expect(model.events.map((e) => e.id)).toEqual(['e1', 'e2']);
		expect(model.events[1]!.title).toEqual({ en: 'Only English', ru: 'Only English' });
	});

	it('imports the good events and lists every bad one by position, field and reason', () => {
		const bad = {
			tracks: [{ id: 'a', label: 'A' }],
			themes: [{ id: 'norms', label: 'Norms' }],
			events: [
				{ id: 'ok', start: '2001', title: 'Fine', track: 'a', themes: ['norms', 'nope'] },
				{ id: 'x', start: '2001-02-30', title: 'Bad day', track: 'a' },
				{ id: 'y', start: '2001', title: 'Unknown track', track: 'zzz' },
				{ id: 'z', start: '2001', title: 'Bad link', track: 'a', sources: [{ url: 'javascript:alert(1)' }] },
				{ id: 'ok', start: '2002', title: 'Same id', track: 'a' },
				{ id: 'w', title: 'No start', track: 'a' },
				{ id: 'v', start: '2005', end: '2004', title: 'Backwards', track: 'a' },
				{ id: 'u', start: '2001-13', title: 'Month 13', track: 'a' },
				'not an event'
			]
		};
		const r = importText(JSON.stringify(bad));
		expect(r.imported).toBe(2);
		expect(r.timeline!.events.map((e) => e.id)).toEqual(['ok', 'z']);
		expect(r.timeline!.events[1]!.sources).toBeUndefined();
		expect(r.timeline!.events[0]!.themes).toEqual(['norms']);
		expect(reasons(r)).toEqual([
			'events[0] themes[1]: unknown theme “nope”; ignored',
			'events[1] start: 2001-02-30 is not a real date (that month has 28 days); the event was left out',
			'events[2] track: unknown lane “zzz”; the event was left out',
			'events[3] sources[0].url: “javascript:alert(1)” is not an http(s) link; ignored',
			'events[4] id: the id “ok” is already used by events[0]; the event was left out',
			'events[5] start: is missing; the event was left out',
			'events[6] end: ends (2004) before it starts (2005); the event was left out',
			'events[7] start: month 13 does not exist (1–12); the event was left out',
			'events[8] : has the wrong type (expected Object); the event was left out'
		]);
	});

	it('makes lanes from the track ids when the file has no tracks', () => {
		const r = importText(JSON.stringify({ events: [{ id: 'a', start: '2001', title: 'A', track: 'un' }] }));
		expect(r.timeline!.tracks).toEqual([{ id: 'un', label: 'un' }]);
	});

	it('resolves paragraph links against the documents passed in, and names the missing ones', () => {
		const documents = [{ id: 'doc', title: { en: 'D', ru: 'Д' }, date: '2020', paragraphs: [{ id: 'p1', ru: 'Раз два.', en: 'One two.' }] }];
		const events = [
			{ id: 'a', start: '2001', title: 'A', track: 't', paragraphs: [{ ref: 'doc#p1', phrase: { en: 'two', ru: 'три' } }, { ref: 'doc#p9' }, { ref: 'other#p1' }] }
		];
		const r = importText(JSON.stringify({ tracks: [{ id: 't', label: 'T' }], events }), { documents });
		expect(r.timeline!.documents).toEqual(documents);
		expect(r.timeline!.events[0]!.paragraphs).toEqual([{ ref: 'doc#p1', phrase: { en: 'two' } }]);
		expect(r.missingDocuments).toEqual(['other']);
		expect(r.problems.map((p) => p.field)).toEqual(['paragraphs[0].phrase.ru', 'paragraphs[1]', 'paragraphs[2]']);
		// Without them, the documents the file does not carry are not invented.
		expect(importText(JSON.stringify({ tracks: [{ id: 't', label: 'T' }], events })).timeline!.documents).toEqual([]);
	});

	it('keeps title, intro and eras of our own format', () => {
		const r = importText(JSON.stringify({ ...minimal, title: 'T', intro: { en: 'I', ru: 'И' }, eras: [{ start: '1990', end: '1995', label: 'E' }, { start: '1990', end: '1980', label: 'Bad' }] }));
		expect(r.timeline).toMatchObject({ title: 'T', intro: { en: 'I', ru: 'И' }, eras: [{ start: '1990', end: '1995', label: 'E' }] });
		expect(reasons(r)).toEqual(['eras[1] end: ends (1980) before it starts (1990)']);
	});

	it('keeps validated data whole across a worker boundary (structured clone)', () => {
		const r = importText(JSON.stringify(minimal));
		expect(structuredClone(r)).toEqual(r);
	});
});

describe('TimelineJS JSON', () => {
	const r = importText(JSON.stringify(timelineJs));
	const model = buildModel(r.timeline!);
	const byTitle = (t: string) => model.events.find((e) => e.title.en === t)!;

	it('reads every event, without problems', () => {
		expect(r.problems).toEqual([]);
		expect(r.imported).toBe(4);
	});

	it('makes the title slide the title and intro, with its links written out', () => {
		expect(model.title).toEqual({ en: 'Cyber norms', ru: 'Cyber norms' });
		expect(model.intro!.en).toBe('How the norms grew. About\nAbout: https://example.org/about\nCover: https://example.org/cover.jpg');
	});

	it('makes each group a lane, in order of appearance, and puts the rest in a translated "Events" lane', () => {
		expect(model.tracks.map((t) => [t.id, t.label])).toEqual([
			['un', { en: 'UN', ru: 'UN' }],
			['events', { en: 'Events', ru: 'События' }],
			['ancient', { en: 'Ancient', ru: 'Ancient' }]
		]);
	});

	it('keeps the precision given, times of day and BCE years (TimelineJS -500 is 500 BCE)', () => {
		expect(byTitle('Resolution 53/70')).toMatchObject({ id: 'res-53-70', start: '1998-12-04', precision: 'day' });
		expect(byTitle('GGE report')).toMatchObject({ start: '2015-07', end: undefined, precision: 'month' });
		expect(byTitle('A meeting')).toMatchObject({ start: '2009-06-16T14:30', end: '2009-06-16T16:00:05', precision: 'minute' });
		expect(byTitle('Long ago')).toMatchObject({ start: '-0499', end: '-0449' });
		expect(model.hasTimes).toBe(true);
	});

	it('reduces HTML to text and turns its links and the media into sources', () => {
		const res = byTitle('Resolution 53/70');
		expect(res.summary!.en).toBe('The first resolution. See the text.');
		expect(res.sources).toEqual([{ url: 'https://docs.un.org/en/A/RES/53/70', label: { en: 'the text', ru: 'the text' } }]);
		const gge = byTitle('GGE report');
		expect(gge.sources).toEqual([{ url: 'https://docs.un.org/en/A/70/174', label: { en: 'A/70/174', ru: 'A/70/174' } }]);
		expect(gge.displayDate).toEqual({ en: 'Summer 2015', ru: 'Summer 2015' });
	});

	it('makes eras shaded periods', () => {
		expect(model.eras.map((e) => [e.start, e.end, e.label.en])).toEqual([
			['1998', '2004', 'First GGEs'],
			['2019-09', '2021-03', 'OEWG']
		]);
	});

	it('lists events without a start date and bad date parts', () => {
		const bad = {
			events: [
				{ text: { headline: 'No date' } },
				{ start_date: { year: 'soon' }, text: { headline: 'Year not a number' } },
				{ start_date: { year: 2001, month: 2, day: 30 }, text: { headline: '30 February' } },
				{ start_date: { year: 2001, minute: 5 }, text: { headline: 'Minute without hour' } },
				{ start_date: { year: 2001 }, end_date: { month: 3 }, text: { headline: 'End without year' } },
				{ start_date: { year: 2001 }, end_date: { year: 2000 }, text: { headline: 'End before start' } },
				{ start_date: { year: 2001 }, media: { url: 'data:text/html,<script>alert(1)</script>' }, text: { headline: 'Data media' } },
				{ start_date: { year: 2001 }, unique_id: 'data-media' }
			]
		};
		const b = importText(JSON.stringify(bad));
		expect(reasons(b)).toEqual([
			'events[0] start_date.year: has no start date; the event was left out',
			'events[1] start_date.year: “soon” is not a whole number; the event was left out',
			'events[2] start_date.day: 2001-02-30 is not a real date (that month has 28 days); the event was left out',
			'events[3] start_date.minute: minutes need an hour; the event was left out',
			'events[4] end_date.year: an end date needs a year; the event was left out',
			'events[5] end: ends (2000) before it starts (2001); the event was left out',
			'events[6] media.url: “data:text/html,<script>alert(1)</script>” is not an http(s) link; ignored',
			'events[7] unique_id: the id “data-media” is already used by events[6]; this one is now “data-media-2”'
		]);
		expect(b.timeline!.events.map((e) => [e.id, e.title])).toEqual([
			['data-media', 'Data media'],
			['data-media-2', { en: 'Untitled', ru: 'Без названия' }]
		]);
	});
});

describe('the TimelineJS sheet', () => {
	const r = importText(timelineJsCsv, { name: 'sheet.csv' });

	it('reads the title row, eras and events', () => {
		expect(r.timeline!.title).toBe('My sheet');
		expect(r.timeline!.intro).toBe('An intro.');
		expect(r.timeline!.eras).toEqual([{ start: '1900', end: '1950', label: 'An era' }]);
		expect(r.timeline!.events.map((e) => [e.title, e.track, e.start, e.end])).toEqual([
			['Ada Lovelace', 'people', '1815-12-10', '1852-11-27'],
			['ENIAC', 'machines', '1943-07', '1946'],
			['Timed', 'events', '2009-06-16T14:30', '2009-06-16T16:00']
		]);
		expect(r.timeline!.events[0]!.sources).toEqual([
			{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', label: 'wrote' },
			{ url: 'https://example.org/ada.jpg', label: 'Portrait' }
		]);
	});

	it('lists every bad row by its number in the sheet, column and reason', () => {
		expect(reasons(r)).toEqual([
			'row 6 Month: month 13 does not exist (1–12); the event was left out',
			'row 7 Day: 2001-02-30 is not a real date (that month has 28 days); the event was left out',
			'row 8 Year: “MCMXLVIII” is not a whole number; the event was left out',
			'row 9 Year: has no start date; the event was left out',
			'row 10 end: ends (2005) before it starts (2010); the event was left out',
			'row 11 Time: hour 25 does not exist (0–23); the event was left out'
		]);
		expect(r.imported + r.problems.filter((p) => /left out/.test(p.reason)).length).toBe(9);
		// No lane is made for events that were left out.
		expect(r.timeline!.tracks.map((t) => t.id)).toEqual(['people', 'machines', 'events']);
	});

	it('lists unknown columns, unknown types and a second title row', () => {
		const text = [TLJS_HEADER + ',Notes', ',,,,,,,,,T1,,,,,,title,,,', ',,,,,,,,,T2,,,,,,title,,,', '2001,,,,,,,,,E,,,,,,slide,,,x'].join('\n');
		const s = importText(text);
		expect(reasons(s)).toEqual([
			'row 1 Notes: unknown column “Notes”; ignored',
			'row 3 Type: a second title row; read as an event',
			'row 3 Year: has no start date; the event was left out',
			'row 4 Type: unknown Type “slide”; read as an event'
		]);
		expect(s.timeline!.title).toBe('T1');
	});

	it('reads times as TimelineJS does', () => {
		const row = (time: string) => `${TLJS_HEADER}\n2009,6,16,${time},,,,,,E,,,,,,,,`;
		const start = (time: string) => importText(row(time)).timeline?.events[0]!.start;
		expect(start('14:30')).toBe('2009-06-16T14:30');
		expect(start('2:30 pm')).toBe('2009-06-16T14:30');
		expect(start('12:00 AM')).toBe('2009-06-16T00:00');
		expect(start('1430')).toBe('2009-06-16T14:30');
		expect(start('14.30')).toBe('2009-06-16T14:30');
		expect(start('14:30:05.5')).toBe('2009-06-16T14:30:05');
		expect(start('9')).toBe('2009-06-16T09:00');
		expect(start('noon')).toBeUndefined();
	});

	it('reads old sheets with Start Date and Tag columns, and "1,815" style years', () => {
		const text = 'Start Date,End Date,Headline,Text,Tag\n6/16/2009,2010,Old style,,Group A\n"-500",,BCE,,\n';
		const s = importText(text);
		expect(s.problems).toEqual([]);
		expect(s.timeline!.events.map((e) => [e.start, e.end, e.track])).toEqual([
			['2009-06-16', '2010', 'group-a'],
			['-0499', undefined, 'events']
		]);
		expect(importText(`${TLJS_HEADER}\n"1,815",,,,,,,,,Comma year,,,,,,,,`).timeline!.events[0]!.start).toBe('1815');
	});
});

describe('progress', () => {
	it('is reported while reading and checking, rising to 1', () => {
		const rows = Array.from({ length: 3000 }, (_, i) => `${1900 + (i % 100)},,,,,,,,,E${i},,,,,,,,`);
		const seen: number[] = [];
		importText([TLJS_HEADER, ...rows].join('\n'), { onProgress: (d) => seen.push(d) });
		expect(seen.length).toBeGreaterThan(6);
		expect(seen.some((d) => d > 0.05 && d < 0.3)).toBe(true);
		expect(seen.every((d, i) => i === 0 || d >= seen[i - 1]!)).toBe(true);
		expect(seen[seen.length - 1]).toBe(1);
	});
});
