// The bundled dataset passes the schema and every cross-check, meets the issue's minimums, and
// keeps the Russian text of the statement verbatim; broken fixtures fail with every error listed.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { loadDataset } from '$lib/server/dataset';
import { DataError, formatIssues } from '$lib/data/validate';
import { strict, UNCERTAIN_ABOUT } from '$lib/data/schema';
import { splitDocumentText } from '$lib/data/document-text';
import { unknownLocatorWords } from '$lib/lineage/locator';

function load() {
	try {
		return loadDataset();
	} catch (e) {
		if (e instanceof DataError) throw new Error(`data/ is invalid:\n${formatIssues(e.issues)}`);
		throw e;
	}
}

describe('bundled data', () => {
	let t: ReturnType<typeof loadDataset>;
	beforeAll(() => {
		t = load();
	});

	it('is valid against the strict schema as a whole', () => {
		expect(v.safeParse(strict.Timeline, t).success).toBe(true);
	});

	it('holds at least 60 events in at least 5 tracks', () => {
		expect(t.events.length).toBeGreaterThanOrEqual(60);
		expect(new Set(t.events.map((e) => e.track)).size).toBeGreaterThanOrEqual(5);
	});

	it('sources every event with an https link', () => {
		for (const e of t.events) {
			expect(e.sources?.length ?? 0, e.id).toBeGreaterThan(0);
			for (const s of e.sources ?? []) expect(s.url, e.id).toMatch(/^https:\/\//);
		}
	});

	it('links every paragraph of the statement to an event other than the statement itself', () => {
		const doc = t.documents.find((d) => d.id === 'sco-2020-iis')!;
		expect(doc.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
		for (const p of doc.paragraphs) {
			const ref = `${doc.id}#${p.id}`;
			const others = t.events.filter((e) => e.id !== doc.eventId && e.paragraphs?.some((x) => x.ref === ref));
			expect(others.length, ref).toBeGreaterThan(0);
		}
	});

	// Issue 11: every paragraph of the statement traced to earlier texts (data/documents/sco-2020-iis/lineage.json).
	it('traces every paragraph of the statement to earlier texts: ≥ 1 each, ≥ 25 in all, ≥ 15 on the timeline', () => {
		const doc = t.documents.find((d) => d.id === 'sco-2020-iis')!;
		const missing = doc.paragraphs.filter((p) => !p.lineage?.length).map((p) => p.id);
		expect(missing, 'paragraphs without lineage').toEqual([]);
		const all = doc.paragraphs.flatMap((p) => p.lineage ?? []);
		expect(all.length, 'lineage entries').toBeGreaterThanOrEqual(25);
		expect(all.filter((l) => l.event).length, 'lineage entries pointing at timeline events').toBeGreaterThanOrEqual(15);
	});

	// Locators are shown in the page's language from a fixed vocabulary (data/README.md, "Locators"):
	// a word outside it would stay English on the Russian pages.
	it('writes every lineage locator with the known vocabulary only', () => {
		const unknown = (t.documents ?? []).flatMap((d) =>
			d.paragraphs.flatMap((p) =>
				(p.lineage ?? []).flatMap((l, i) =>
					unknownLocatorWords(l.locator ?? '').map((w) => `${d.id}#${p.id} lineage[${i}] "${l.locator}": ${w}`)
				)
			)
		);
		expect(unknown, 'locator words outside the vocabulary').toEqual([]);
	});

	it('includes the 2020 statement and the 2009 agreement', () => {
		const ids = new Set(t.events.map((e) => e.id));
		expect(ids.has('sco-2020-iis-statement')).toBe(true);
		expect(t.events.some((e) => e.start === '2009-06-16' && e.track === 'sco' && e.kind === 'treaty')).toBe(true);
	});

	it('keeps at most 10 events unverified, each naming an allowed field and saying why in both languages', () => {
		// Parsed strictly, so each note must be {about, en, ru} (plain strings fail here).
		const doubtful = v.parse(strict.Timeline, t).events.filter((e) => e.uncertain);
		expect(doubtful.length, doubtful.map((e) => e.id).join(', ')).toBeLessThanOrEqual(10);
		for (const e of doubtful) {
			expect(UNCERTAIN_ABOUT, e.id).toContain(e.uncertain!.about);
			expect(e.uncertain!.en.trim().length, e.id).toBeGreaterThan(20);
			expect(e.uncertain!.ru.trim().length, e.id).toBeGreaterThan(20);
			expect(e.uncertain!.ru, e.id).toMatch(/[а-яё]/i);
		}
	});

	it('does not mark the 2020 statement\'s date as unverified (only its official English title is in doubt)', () => {
		const statement = v.parse(strict.Timeline, t).events.find((e) => e.id === 'sco-2020-iis-statement')!;
		expect(statement.uncertain?.about ?? 'none').not.toBe('date');
	});

	it('keeps the Russian paragraphs exactly as in the source text', () => {
		const shared = resolve('../shared/source/sco-2020-statement.ru.txt');
		const local = resolve('data/documents/sco-2020-iis/statement.ru.txt');
		const source = readFileSync(existsSync(shared) ? shared : local, 'utf8');
		if (existsSync(shared)) expect(readFileSync(local, 'utf8')).toBe(source);
		const blocks = splitDocumentText(source);
		const doc = t.documents.find((d) => d.id === 'sco-2020-iis')!;
		expect(doc.paragraphs.map((p) => p.ru)).toEqual(blocks.paragraphs.map((p) => p.text));
		for (const p of doc.paragraphs) expect(source.includes(p.ru)).toBe(true);
		expect(doc.titleBlock?.ru).toBe(blocks.titleBlock);
		expect(doc.closing?.ru).toBe('г. Москва, «10» ноября 2020 года');
	});
});

describe('broken data', () => {
	const dir = resolve('tests/fixtures/broken');
	const issues = (() => {
		try {
			loadDataset(dir);
		} catch (e) {
			if (e instanceof DataError) return e.issues;
			throw e;
		}
		return [];
	})();
	const find = (file: string, path: string) =>
		issues.find((i) => i.file.endsWith(file) && i.path === path);

	it.each([
		['tracks.json', '$[1].label.ru', /required/],
		['events/a.json', '$[2].kind', /./],
		['events/a.json', '$[2].start', /real date/],
		['events/a.json', '$[2].title.ru', /required/],
		['events/a.json', '$[2].sources[0].url', /https/],
		['documents/doc/document.json', '$.translation.paragraphs.p2', /required/]
	])('reports a schema error in %s at %s', (file, path, reason) => {
		const issue = find(file, path);
		expect(issue, `${file} ${path} in\n${formatIssues(issues)}`).toBeDefined();
		expect(issue!.message).toMatch(reason);
	});

	it.each([
		['events/a.json', '$[0].paragraphs[0].phrase.ru', /phrase not found/],
		['events/a.json', '$[1].id', /duplicate id "good"/],
		['events/a.json', '$[1].track', /unknown track "nowhere"/],
		['events/a.json', '$[1].end', /before start/],
		['events/a.json', '$[1].themes[0]', /unknown theme "nope"/],
		['events/a.json', '$[1].paragraphs[0].ref', /unknown paragraph "doc#p9"/]
	])('reports a referential error in %s at %s, in the same run', (file, path, reason) => {
		const issue = find(file, path);
		expect(issue, `${file} ${path} in\n${formatIssues(issues)}`).toBeDefined();
		expect(issue!.message).toMatch(reason);
	});

	it('names a file, a JSON path and a reason in every message', () => {
		expect(issues.length).toBeGreaterThanOrEqual(12);
		for (const i of issues) {
			expect(i.file).toMatch(/tests\/fixtures\/broken\//);
			expect(i.path).toMatch(/^\$/);
			expect(i.message.length).toBeGreaterThan(3);
		}
	});
});

describe('broken lineage', () => {
	const file = 'tests/fixtures/broken-lineage/documents/doc/lineage.json';
	const issues = (() => {
		try {
			loadDataset(resolve('tests/fixtures/broken-lineage'));
		} catch (e) {
			if (e instanceof DataError) return e.issues;
			throw e;
		}
		return [];
	})();

	it.each([
		['$.p1[0].url', /https/],
		['$.p1[0].quote.en', /at most 40 words/],
		['$.p1[1].locator', /must not be empty/],
		['$.p1[1]', /needs "date" when it has no "event"/],
		['$.p1[2].event', /unknown event "nowhere"/],
		['$.p1[3].event', /event "statement" \(2020-11-10\) is not earlier than the document doc/],
		['$.p1[4].date', /2021 is not earlier than the document doc/],
		['$.p1[5].title.ru', /required/],
		['$.p1[5].locator', /required/],
		['$.p1[5].quote', /"en" or "ru"/],
		['$.p1[5].quotes', /not a known field/],
		['$.p9', /document doc has no paragraph p9/]
	])('reports %s in the same run', (path, reason) => {
		const issue = issues.find((i) => i.file === file && i.path === path);
		expect(issue, `${path} in\n${formatIssues(issues)}`).toBeDefined();
		expect(issue!.message).toMatch(reason);
	});

	it('reports nothing else', () => {
		expect(issues, formatIssues(issues)).toHaveLength(12);
	});
});
