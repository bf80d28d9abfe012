// The lineage of a document's paragraphs (earlier texts whose wording they carry): the schema of one
// entry (strict and lenient), the cross-checks against the timeline, the loader of lineage.json, the
// model (dates from events, oldest first, by event) and the open-data round trip.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { lenient, MAX_QUOTE_WORDS, quoteWordCount, strict } from './schema';
import { checkLineage, checkReferences, singleFile } from './validate';
import { buildModel } from './model';
import { importText } from '$lib/import';
import { loadDataset } from '$lib/server/dataset';
import { toOpenData } from '$lib/export/json';
import { timelineJsonSchema } from './json-schema';

const entry = {
	event: 'old-treaty',
	title: { en: 'Old treaty', ru: 'Старый договор' },
	url: 'https://example.org/treaty',
	locator: 'art. 3',
	quote: { en: 'international information security', ru: 'международной информационной безопасности' }
};

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** The messages of a failed parse, by JSON-ish path ("quote.en"). */
function problems(schema: v.GenericSchema, input: unknown): Record<string, string> {
	const r = v.safeParse(schema, input, { abortEarly: false });
	if (r.success) return {};
	return Object.fromEntries(
		r.issues.map((i) => [(i.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.'), i.message])
	);
}

describe('a lineage entry (strict schema)', () => {
	it('accepts an entry with an event, or with a date instead', () => {
		expect(problems(strict.LineageEntry, entry)).toEqual({});
		const { event: _e, ...dated } = entry;
		expect(problems(strict.LineageEntry, { ...dated, date: '2006-06-15' })).toEqual({});
		expect(problems(strict.LineageEntry, { ...entry, date: '2013-06', note: { en: 'n', ru: 'н' } })).toEqual({});
	});

	it('requires a date when there is no event', () => {
		const { event: _e, ...undated } = entry;
		expect(problems(strict.LineageEntry, undated)).toEqual({ '': expect.stringMatching(/needs "date"/) });
		expect(problems(strict.LineageEntry, { ...undated, date: '2006-02-30' })).toEqual({
			date: expect.stringMatching(/real date/)
		});
	});

	it(`limits each quote to ${MAX_QUOTE_WORDS} words`, () => {
		expect(problems(strict.LineageEntry, { ...entry, quote: { en: words(40) } })).toEqual({});
		expect(problems(strict.LineageEntry, { ...entry, quote: { en: words(41) } })).toEqual({
			'quote.en': expect.stringMatching(/at most 40 words/)
		});
		expect(problems(strict.LineageEntry, { ...entry, quote: { en: 'ok', ru: words(41) } })).toEqual({
			'quote.ru': expect.stringMatching(/at most 40 words/)
		});
		expect(problems(strict.LineageEntry, { ...entry, quote: {} })).toEqual({ quote: expect.stringMatching(/"en" or "ru"/) });
	});

	it('counts words as runs of letters or digits, hyphenated words once', () => {
		expect(quoteWordCount('information and communication technologies (ICTs) — art. 3')).toBe(7);
		expect(quoteWordCount('ИКТ-среды, в т. ч. «Интернет»')).toBe(5);
		expect(quoteWordCount(' — ')).toBe(0);
	});

	it('wants an https link, a locator and both languages of the title', () => {
		expect(problems(strict.LineageEntry, { ...entry, url: 'http://example.org/x' })).toEqual({
			url: expect.stringMatching(/https/)
		});
		expect(problems(strict.LineageEntry, { ...entry, url: 'javascript:alert(1)' })).toHaveProperty('url');
		expect(problems(strict.LineageEntry, { ...entry, locator: ' ' })).toEqual({ locator: 'must not be empty' });
		const { locator: _l, ...noLocator } = entry;
		expect(problems(strict.LineageEntry, noLocator)).toHaveProperty('locator');
		expect(problems(strict.LineageEntry, { ...entry, title: { en: 'Only English' } })).toHaveProperty('title.ru');
	});

	it('rejects unknown fields (a misspelt "quote" would vanish silently)', () => {
		expect(problems(strict.LineageEntry, { ...entry, quotes: { en: 'x' } })).toHaveProperty('quotes');
	});
});

describe('a lineage entry (lenient schema, imported data)', () => {
	it('accepts plain-string texts, http links, no locator and no date', () => {
		expect(problems(lenient.LineageEntry, { title: 'Old treaty', url: 'http://example.org/x' })).toEqual({});
		expect(problems(lenient.LineageEntry, { title: 'T', url: 'ftp://example.org/x' })).toHaveProperty('url');
		expect(problems(lenient.LineageEntry, { title: 'T', url: 'https://x.org', quote: { ru: words(41) } })).toHaveProperty(
			'quote.ru'
		);
	});
});

describe('cross-checks of a lineage', () => {
	const events = new Map([
		['old-treaty', { start: '2009-06-16' }],
		['same-day', { start: '2020-11-10' }],
		['same-year', { start: '2020' }]
	]);
	const doc = { id: 'doc', date: '2020-11-10' };
	const at = (j: number, field: string) => ({ file: 'f.json', path: `$.p1[${j}]${field}` });

	it('wants known events earlier than the document, and dates earlier than it', () => {
		const issues = checkLineage(
			[
				{ event: 'old-treaty' },
				{ event: 'nowhere' },
				{ event: 'same-day' },
				{ event: 'same-year' },
				{ date: '2020-11-09' },
				{ date: '2020-11-10' },
				{ date: '2021' }
			],
			doc,
			events,
			at
		);
		expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
			'$.p1[1].event: unknown event "nowhere"',
			'$.p1[2].event: event "same-day" (2020-11-10) is not earlier than the document doc (2020-11-10)',
			'$.p1[5].date: 2020-11-10 is not earlier than the document doc (2020-11-10)',
			'$.p1[6].date: 2021 is not earlier than the document doc (2020-11-10)'
		]);
		// A year that starts before the document counts as earlier (the year 2020 began before 10 November).
		expect(issues.some((i) => i.path === '$.p1[3].event')).toBe(false);
	});
});

describe('lineage.json in a dataset', () => {
	const t = loadDataset('tests/fixtures/lineage');
	const doc = t.documents[0]!;

	it('is attached to each paragraph as `lineage`, as written', () => {
		expect(doc.paragraphs[0]!.lineage?.map((l) => l.url)).toEqual(['https://example.org/treaty', 'https://example.org/earlier']);
		expect(doc.paragraphs[1]!.lineage).toHaveLength(1);
		expect(v.safeParse(strict.Timeline, t).success).toBe(true);
		expect(checkReferences(t, singleFile('timeline.json'), true)).toEqual([]);
	});

	it('is resolved in the model: dates from events unless given, oldest first, indexed by event', () => {
		const model = buildModel(t);
		const [p1, p2] = model.documents[0]!.paragraphs;
		expect(p1!.lineage.map((l) => [l.date, l.dateFromEvent, l.event])).toEqual([
			['2006-06-15', false, undefined],
			['2009-06-16', true, 'old-treaty']
		]);
		expect(p1!.lineage[0]!.ref).toBe('doc#p1');
		// Its own date wins over the event's start; the span's end is not used then.
		expect(p2!.lineage[0]).toMatchObject({ event: 'process', date: '2013-06-24', dateFromEvent: false, end: undefined });
		expect(model.lineageByEvent.get('old-treaty')?.map((l) => l.ref)).toEqual(['doc#p1']);
		expect(model.lineageByEvent.has('statement')).toBe(false);
	});

	it('survives the open data: exported, re-imported, the same lineage', () => {
		const model = buildModel(t);
		const out = toOpenData(model);
		expect(v.safeParse(strict.Timeline, out).success).toBe(true);
		const again = importText(JSON.stringify(out), { name: 'x.json' });
		expect(again.problems).toEqual([]);
		const back = buildModel(again.timeline!);
		expect(back.documents[0]!.paragraphs.map((p) => p.lineage)).toEqual(model.documents[0]!.paragraphs.map((p) => p.lineage));
	});

	it('keeps the date of an entry whose event is not exported, and drops the event', () => {
		const model = buildModel(t);
		const out = toOpenData(model, { filter: (e) => e.id !== 'old-treaty' });
		const p1 = out.documents[0]!.paragraphs[0]!;
		expect(p1.lineage?.find((l) => l.url === 'https://example.org/treaty')).toMatchObject({ date: '2009-06-16' });
		expect(p1.lineage?.some((l) => l.event === 'old-treaty')).toBe(false);
		expect(checkReferences(out, singleFile('x'), false)).toEqual([]);
	});

	it('in imported data, names unknown events with their JSON path', () => {
		const bad = structuredClone(t) as { documents: { paragraphs: { lineage?: { event?: string }[] }[] }[] };
		bad.documents[0]!.paragraphs[0]!.lineage![1]!.event = 'nowhere';
		const r = importText(JSON.stringify(bad), { name: 'imported.json' });
		expect(r.problems).toEqual([
			{ where: 'documents[0].paragraphs[0].lineage[1]', field: 'event', reason: expect.stringContaining('unknown event “nowhere”') }
		]);
		// The entry stays when it has a date of its own, without the unknown event.
		const kept = r.timeline!.documents![0]!.paragraphs[0]!.lineage!;
		expect(kept.some((l) => l.event === 'nowhere')).toBe(false);
	});
});

describe('the JSON Schema of the open data', () => {
	it('describes each paragraph\'s lineage from the same schema', () => {
		type S = { properties: Record<string, S>; items: S; required: string[]; additionalProperties?: boolean };
		const schema = timelineJsonSchema() as unknown as S;
		const lineage = schema.properties.documents!.items.properties.paragraphs!.items.properties.lineage!;
		expect(Object.keys(lineage.items.properties).sort()).toEqual(['date', 'event', 'locator', 'note', 'quote', 'title', 'url']);
		expect(lineage.items.required.sort()).toEqual(['locator', 'title', 'url']);
		expect(lineage.items.additionalProperties).toBe(false);
	});
});
