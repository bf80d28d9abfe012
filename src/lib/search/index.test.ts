// Tests for the search engine against the real bundled data.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { buildModel } from '$lib/data/model';
import { buildSearchIndex, type SearchIndex } from './index';

let index: SearchIndex;
beforeAll(() => {
	index = buildSearchIndex(buildModel(loadDataset()));
});

const eventIds = (q: string) => index.search(q, { limitEvents: 50 }).events.map((h) => h.id);
const paragraphIds = (q: string) => index.search(q, { limitParagraphs: 50 }).paragraphs.map((h) => h.paragraphId);

describe('search', () => {
	it('finds resolution 74/247 by "74/247", first', () => {
		const ids = eventIds('74/247');
		expect(ids[0]).toBe('un-res-74-247');
	});
	it('finds it by its full symbol, in any case', () => {
		expect(eventIds('a/res/74/247')[0]).toBe('un-res-74-247');
	});
	for (const q of ['Будапештская', 'Будапештской', 'Будапештскую', 'будапештскои']) {
		it(`finds the Budapest Convention events by "${q}"`, () => {
			const ids = eventIds(q);
			expect(ids).toContain('cc-budapest-signature');
			expect(ids).toContain('cc-budapest-eif');
		});
	}
	it('finds the cybercrime events by "cybercrime", in both tracks', () => {
		const hits = index.search('cybercrime', { limitEvents: 100 }).events;
		const tracks = new Set(hits.map((h) => h.event.track));
		expect(tracks).toContain('un-cybercrime');
		expect(tracks).toContain('cybercrime-other');
		expect(hits.length).toBeGreaterThanOrEqual(8);
	});
	it('ranks milestones among the first results when many minor events share the words', () => {
		const first = index.search('cybercrime').events.map((h) => h.id);
		expect(first).toHaveLength(8);
		expect(first).toContain('un-res-74-247');
		expect(first).toContain('un-res-79-243');
	});
	it('finds statement paragraphs in Russian with other endings (ё = е too)', () => {
		expect(paragraphIds('управлении интернетом')).toContain('p8');
		expect(paragraphIds('суверенитёт')).toContain('p4');
	});
	it('finds statement paragraphs in English, by prefix while typing', () => {
		expect(paragraphIds('Internet govern')).toContain('p8');
	});
	it('requires every word (AND)', () => {
		const both = eventIds('Budapest opened');
		expect(both).toContain('cc-budapest-signature');
		expect(both).not.toContain('cc-budapest-eif');
	});
	it('tolerates a typo in a long word', () => {
		expect(eventIds('cybercrme').length).toBeGreaterThan(0);
	});
	it('finds nothing for a one-letter or empty query', () => {
		expect(index.search('a')).toMatchObject({ events: [], paragraphs: [] });
		expect(index.search('  ')).toMatchObject({ events: [], paragraphs: [] });
	});
	it('returns the matched index terms for highlighting', () => {
		const hit = index.search('Будапештской').events.find((h) => h.id === 'cc-budapest-signature')!;
		expect(hit.terms.some((t) => t.startsWith('будапешт'))).toBe(true);
	});
	it('limits the number of results per group', () => {
		expect(index.search('convention', { limitEvents: 2 }).events.length).toBeLessThanOrEqual(2);
	});
});
