import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/data/model';
import { loadDataset } from '$lib/server/dataset';
import { earliest, lineageEventIds, paragraphOf, paragraphsFedBy, quoteFor } from './lineage';

const model = buildModel(loadDataset('tests/fixtures/lineage'));
const p1 = model.documents[0]!.paragraphs[0]!;

describe('lineage helpers', () => {
	it('find a paragraph by its ref, with its number', () => {
		expect(paragraphOf(model, 'doc#p2')).toMatchObject({ n: 2, paragraph: { id: 'p2' }, doc: { id: 'doc' } });
		expect(paragraphOf(model, 'doc#p9')).toBeUndefined();
		expect(paragraphOf(model, 'nodoc#p1')).toBeUndefined();
		expect(paragraphOf(model, undefined)).toBeUndefined();
	});

	it('give the quote in the asked language, else the other one marked as a fallback', () => {
		const [dated, treaty] = p1.lineage;
		expect(quoteFor(treaty!, 'en')).toEqual({ text: 'Stressing the importance of international information security', lang: 'en', fallback: false });
		expect(quoteFor(dated!, 'ru')).toMatchObject({ lang: 'ru', fallback: false });
		expect(quoteFor(dated!, 'en')).toEqual({ text: 'сотрудничество в области информационной безопасности', lang: 'ru', fallback: true });
		expect(quoteFor(model.documents[0]!.paragraphs[1]!.lineage[0]!, 'en')).toBeUndefined();
	});

	it('pick the earliest entry and the events named, once each', () => {
		expect(earliest(p1.lineage)?.date).toBe('2006-06-15');
		expect(earliest([])).toBeUndefined();
		expect(lineageEventIds([...p1.lineage, ...p1.lineage])).toEqual(['old-treaty']);
	});

	it('list the paragraphs an event fed, with their entries', () => {
		const fed = paragraphsFedBy(model, 'old-treaty');
		expect(fed.map((f) => [f.paragraph.id, f.n, f.entries.map((e) => e.locator)])).toEqual([['p1', 1, ['preamble']]]);
		expect(paragraphsFedBy(model, 'statement')).toEqual([]);
	});
});
