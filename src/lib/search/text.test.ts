// Tests for search text analysis: words, normalization, stems, symbol forms and query terms.
import { describe, expect, it } from 'vitest';
import { indexForms, isFuzzyTerm, normalize, queryTerms, stem, words } from './text';

describe('words', () => {
	it('keeps document symbols and hyphenated words whole, with positions', () => {
		const text = 'See A/RES/74/247, the ИКТ-преступность item.';
		expect(words(text)).toEqual([
			{ text: 'See', start: 0, end: 3 },
			{ text: 'A/RES/74/247', start: 4, end: 16 },
			{ text: 'the', start: 18, end: 21 },
			{ text: 'ИКТ-преступность', start: 22, end: 38 },
			{ text: 'item', start: 39, end: 43 }
		]);
	});
	it('does not join a word to a sentence-ending dot', () => {
		expect(words('in 2009. Then').map((w) => w.text)).toEqual(['in', '2009', 'Then']);
	});
});

describe('normalize and stem', () => {
	it('lower-cases and maps ё to е', () => {
		expect(normalize('Ёлка ВСЁ')).toBe('елка все');
	});
	it('gives Russian adjectives with different endings the same stem', () => {
		const stems = ['будапештская', 'будапештской', 'будапештскую'].map(stem);
		expect(new Set(stems).size).toBe(1);
	});
	it('stems English plurals', () => {
		expect(stem('conventions')).toBe(stem('convention'));
	});
	it('leaves numbers and short words alone', () => {
		expect(stem('247')).toBe('247');
		expect(stem('un')).toBe('un');
	});
});

describe('indexForms', () => {
	it('indexes a symbol whole, by its tails and by its parts', () => {
		const forms = indexForms('A/RES/74/247');
		for (const f of ['a/res/74/247', 'res/74/247', '74/247', '74', '247', 'res']) expect(forms).toContain(f);
	});
	it('indexes a word and its stem', () => {
		expect(indexForms('Конвенции')).toEqual(['конвенции', stem('конвенции')]);
	});
});

describe('queryTerms', () => {
	const cases = [
		{ name: 'keeps a symbol with digits whole', q: '74/247', expected: ['74/247'] },
		{ name: 'stems a Russian word', q: 'Будапештской', expected: [stem('будапештская')] },
		{ name: 'splits a hyphenated word into stemmed parts', q: 'ИКТ-преступности', expected: ['икт', stem('преступности')] },
		{ name: 'drops stop words', q: 'the convention', expected: [stem('convention')] },
		{ name: 'keeps stop words when nothing else is left', q: 'the', expected: ['the'] },
		{ name: 'removes duplicates', q: 'crime crimes', expected: ['crime'] }
	];
	for (const c of cases) it(c.name, () => expect(queryTerms(c.q)).toEqual(c.expected));
});

describe('isFuzzyTerm', () => {
	it('allows typos only in longer words without digits', () => {
		expect(isFuzzyTerm('convention')).toBe(true);
		expect(isFuzzyTerm('crim')).toBe(false);
		expect(isFuzzyTerm('74/247')).toBe(false);
	});
});
