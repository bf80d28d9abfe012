import { afterEach, describe, expect, it } from 'vitest';
import { importText } from './index';
import { loadFromUrl, resolveDataUrl, type Importer, type Prefetch } from './fetch';
import type { ImportResult } from './types';

const minimal = {
	tracks: [{ id: 'politics', label: 'Politics' }],
	events: [
		{ id: 'e1', start: '1995-01-10', title: 'One', track: 'politics', paragraphs: [{ ref: 'doc#p1' }] },
		{ id: 'e2', start: '1997', title: 'Two', track: 'politics' }
	]
};
const documents = [{ id: 'doc', title: { en: 'D', ru: 'Д' }, date: '2020', paragraphs: [{ id: 'p1', ru: 'Раз.', en: 'One.' }] }];
const load = (raw: string, fetcher: typeof fetch = fetch, importer: Importer = importText) =>
	loadFromUrl(raw, 'https://x.org/', fetcher, importer, { locale: 'en' });

describe('loading ?data=', () => {
	it('only loads http(s) URLs', async () => {
		expect(resolveDataUrl('javascript:alert(1)', 'https://x.org/')).toBeUndefined();
		expect(resolveDataUrl('/a.json', 'https://x.org/b')?.href).toBe('https://x.org/a.json');
		const r = await load('javascript:1');
		expect(r.problems[0]!.reason).toBe('is not an http(s) address');
	});

	it('turns HTTP errors and network failures into problems', async () => {
		const notFound = (async () => new Response('nf', { status: 404, statusText: 'Not Found' })) as typeof fetch;
		expect((await load('/missing.json', notFound)).problems[0]!.reason).toBe('the server answered 404 Not Found');
		const down = (async () => {
			throw new TypeError('network down');
		}) as typeof fetch;
		expect((await load('/a.json', down)).problems[0]!.reason).toBe('could not be loaded (network down)');
	});

	it('tells the importer the name and type, so a CSV is read as one', async () => {
		const csv = (async () => new Response('id,track,start,title\na,t,2001,A', { headers: { 'content-type': 'text/csv' } })) as typeof fetch;
		const r = await load('/a.csv', csv);
		expect(r.format).toBe('csv');
		expect(r.imported).toBe(1);
	});
});

describe('what app.html started before the app loaded', () => {
	const g = globalThis as { __timelinePrefetch?: Prefetch };
	afterEach(() => delete g.__timelinePrefetch);
	const text = JSON.stringify(minimal);
	const response = Promise.resolve({ ok: true, status: 200, statusText: 'OK', text });
	const noFetch = (async () => {
		throw new Error('fetched twice');
	}) as typeof fetch;
	const counting = () => {
		const calls: string[] = [];
		const importer: Importer = (t, opts) => (calls.push(opts.name ?? ''), importText(t, opts));
		return { calls, importer };
	};

	it("takes the early response and the worker's import for the same URL", async () => {
		const early = importText(JSON.stringify({ ...minimal, events: minimal.events.slice(1) }));
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, imported: Promise.resolve(early) };
		const { calls, importer } = counting();
		const r = await load('/a.json', noFetch, importer);
		expect(r.timeline!.events.map((e) => e.id)).toEqual(['e2']);
		expect(calls).toEqual([]);
	});

	it("reports the worker's problems", async () => {
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, imported: Promise.resolve(importText('{nope')) };
		const r = await load('/a.json', noFetch);
		expect(r.problems[0]!.reason).toMatch(/not valid JSON/);
	});

	it('imports here when the early worker failed', async () => {
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, imported: Promise.resolve(undefined) };
		const { calls, importer } = counting();
		expect((await load('/a.json', noFetch, importer)).imported).toBe(2);
		expect(calls).toEqual(['/a.json']);
	});

	it('imports again when the links need the documents the page has', async () => {
		const early: ImportResult = importText(text);
		expect(early.missingDocuments).toEqual(['doc']);
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, imported: Promise.resolve(early) };
		const r = await loadFromUrl('/a.json', 'https://x.org/', noFetch, importText, { locale: 'en', documents });
		expect(r.problems).toEqual([]);
		expect(r.timeline!.documents).toEqual(documents);
	});

	it('ignores what was started for another URL', async () => {
		g.__timelinePrefetch = { url: 'https://x.org/other.json', response, imported: new Promise(() => {}) };
		const ok = (async () => new Response(text)) as typeof fetch;
		const { calls, importer } = counting();
		expect((await load('/a.json', ok, importer)).imported).toBe(2);
		expect(calls).toEqual(['/a.json']);
	});

	it('reports an HTTP error of the early response', async () => {
		g.__timelinePrefetch = {
			url: 'https://x.org/a.json',
			response: Promise.resolve({ ok: false, status: 404, statusText: 'Not Found', text: '' }),
			imported: Promise.resolve(undefined)
		};
		expect((await load('/a.json', noFetch)).problems[0]!.reason).toBe('the server answered 404 Not Found');
	});
});
