import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset, validateDatasetText, type ValidationResult } from './import';
import { loadDatasetFromUrl as load, resolveDataUrl, type Prefetch } from './fetch-dataset';

const loadDatasetFromUrl = (raw: string, base: string, fetcher: typeof fetch = fetch) =>
	load(raw, base, fetcher, validateDatasetText);

const minimal = {
	tracks: [{ id: 'politics', label: 'Politics' }],
	events: [
		{ id: 'e1', start: '1995-01-10', end: '1996-03-02', title: 'Public market debated', track: 'politics' },
		{ id: 'e2', start: '1997', title: { en: 'Only English' }, track: 'politics' }
	]
};

describe('imported datasets', () => {
	it('accepts the minimal bench format as it is (plain strings, optional fields absent)', () => {
		const r = parseDataset(minimal, 'synthetic.json');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.model.events.map((e) => e.id)).toEqual(['e1', 'e2']);
		expect(r.model.events[1]!.title).toEqual({ en: 'Only English', ru: 'Only English' });
		expect(r.model.events[1]!.precision).toBe('year');
	});

	it('lists every problem with its path and reason', () => {
		const bad = {
			tracks: [{ id: 'a', label: 'A' }],
			events: [
				{ id: 'x', start: '2001-02-30', title: 'Bad day', track: 'a' },
				{ id: 'y', start: '2001', title: 'Unknown track', track: 'zzz' },
				{ id: 'z', start: '2001', title: 'Bad link', track: 'a', sources: [{ url: 'javascript:alert(1)' }] }
			]
		};
		const r = parseDataset(bad, 'bad.json');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const paths = r.issues.map((i) => i.path);
		expect(paths).toContain('$.events[0].start');
		expect(paths).toContain('$.events[2].sources[0].url');
		expect(r.issues.every((i) => i.file === 'bad.json')).toBe(true);
	});

	it('reports unknown tracks once the schema passes', () => {
		const r = parseDataset({ tracks: [{ id: 'a', label: 'A' }], events: [{ id: 'y', start: '2001', title: 'T', track: 'zzz' }] }, 'f');
		expect(!r.ok && r.issues[0]!.path).toBe('$.events[0].track');
	});

	it('says when the text is not JSON', () => {
		const r = validateDatasetText('{nope', 'f.json');
		expect(!r.ok && r.issues[0]!.message).toMatch(/not valid JSON/);
	});

	it('only loads http(s) URLs', async () => {
		expect(resolveDataUrl('javascript:alert(1)', 'https://x.org/')).toBeUndefined();
		expect(resolveDataUrl('/a.json', 'https://x.org/b')?.href).toBe('https://x.org/a.json');
		const r = await loadDatasetFromUrl('javascript:1', 'https://x.org/');
		expect(r.ok).toBe(false);
	});

	it('turns HTTP errors and network failures into issues', async () => {
		const notFound = (async () => new Response('nf', { status: 404, statusText: 'Not Found' })) as typeof fetch;
		const r = await loadDatasetFromUrl('/missing.json', 'https://x.org/', notFound);
		expect(!r.ok && r.issues[0]!.message).toMatch(/404/);
		const down = (async () => {
			throw new TypeError('network down');
		}) as typeof fetch;
		const r2 = await loadDatasetFromUrl('/a.json', 'https://x.org/', down);
		expect(!r2.ok && r2.issues[0]!.message).toMatch(/could not be loaded/);
		const ok = (async () => new Response(JSON.stringify(minimal))) as typeof fetch;
		const r3 = await loadDatasetFromUrl('/a.json', 'https://x.org/', ok);
		expect(r3.ok).toBe(true);
	});

	it('keeps validated data whole across a worker boundary (structured clone)', () => {
		const r = validateDatasetText(JSON.stringify(minimal), 'synthetic.json');
		expect(structuredClone(r)).toEqual(r);
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
		const parser = (t: string, file: string): ValidationResult => (calls.push(file), validateDatasetText(t, file));
		return { calls, parser };
	};

	it("takes the early response and the worker's validation for the same URL", async () => {
		// The worker's result is told apart by its file name.
		const validated = validateDatasetText(JSON.stringify({ ...minimal, events: minimal.events.slice(0, 1) }), 'early');
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, validated: Promise.resolve(validated) };
		const { calls, parser } = counting();
		const r = await load('/a.json', 'https://x.org/', noFetch, parser);
		expect(r.ok && r.model.events.map((e) => e.id)).toEqual(['e1']);
		expect(calls).toEqual([]);
	});

	it("reports the worker's issues", async () => {
		const validated = validateDatasetText('{nope', 'https://x.org/a.json');
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, validated: Promise.resolve(validated) };
		const r = await load('/a.json', 'https://x.org/', noFetch, validateDatasetText);
		expect(!r.ok && r.issues[0]!.message).toMatch(/not valid JSON/);
	});

	it('validates here when the early worker failed', async () => {
		g.__timelinePrefetch = { url: 'https://x.org/a.json', response, validated: Promise.resolve(undefined) };
		const { calls, parser } = counting();
		const r = await load('/a.json', 'https://x.org/', noFetch, parser);
		expect(r.ok).toBe(true);
		expect(calls).toEqual(['https://x.org/a.json']);
	});

	it('ignores what was started for another URL', async () => {
		g.__timelinePrefetch = { url: 'https://x.org/other.json', response, validated: new Promise(() => {}) };
		const ok = (async () => new Response(text)) as typeof fetch;
		const { calls, parser } = counting();
		const r = await load('/a.json', 'https://x.org/', ok, parser);
		expect(r.ok).toBe(true);
		expect(calls).toEqual(['https://x.org/a.json']);
	});

	it('reports an HTTP error of the early response', async () => {
		g.__timelinePrefetch = {
			url: 'https://x.org/a.json',
			response: Promise.resolve({ ok: false, status: 404, statusText: 'Not Found', text: '' }),
			validated: Promise.resolve(undefined)
		};
		const r = await load('/a.json', 'https://x.org/', noFetch, validateDatasetText);
		expect(!r.ok && r.issues[0]!.message).toMatch(/404 Not Found/);
	});
});
