import { describe, expect, it } from 'vitest';
import { localizeLocator, LOCATOR_VOCABULARY, unknownLocatorWords } from './locator';

describe('localizeLocator', () => {
	it('keeps English locators as they are written', () => {
		for (const l of ['preamble', 'annex, para. (c)', 'OP 5', 'Whatever, § 3']) expect(localizeLocator(l, 'en')).toBe(l);
	});

	it('renders the vocabulary in Russian, keeping §, numbers, letters and punctuation', () => {
		const cases: [string, string][] = [
			['preamble', 'преамбула'],
			['art. 2', 'ст. 2'],
			['arts. 2 and 3', 'ст. 2 и 3'],
			['para. 1', 'п. 1'],
			['paras. 3–4', 'пп. 3–4'],
			['letter, para. 1', 'письмо, п. 1'],
			['annex, para. (a)', 'приложение, п. (a)'],
			['annex, purpose and scope', 'приложение, цель и сфера применения'],
			['annex, § 42', 'приложение, § 42'],
			['annexes 1–2', 'приложения 1–2'],
			['art. 2; annexes 1–2', 'ст. 2; приложения 1–2'],
			['title', 'название'],
			['operative part', 'постановляющая часть'],
			['second principle', 'второй принцип'],
			['§ 13 (e)', '§ 13 (e)'],
			['§§ 19–20', '§§ 19–20'],
			['OP 5', 'п. 5 постановляющей части'],
			['OP 2–3', 'п. 2–3 постановляющей части'],
			['OP 5 (a)', 'п. 5 (a) постановляющей части'],
			['preamble; OP 2', 'преамбула; п. 2 постановляющей части'],
			['Annex, Para. 4', 'приложение, п. 4'],
			['art.2', 'ст.2']
		];
		for (const [en, ru] of cases) expect(localizeLocator(en, 'ru'), en).toBe(ru);
	});

	it('translates whole words only', () => {
		// "and" is a word of the vocabulary and of "purpose and scope"; "art." is inside "part"; "para." inside "paras.".
		expect(localizeLocator('operative part', 'ru')).toBe('постановляющая часть');
		expect(localizeLocator('paras. 1 and 2', 'ru')).toBe('пп. 1 и 2');
		expect(localizeLocator('standard, para. 2', 'ru')).toBe('standard, п. 2');
		expect(localizeLocator('entitled', 'ru')).toBe('entitled');
	});

	it('leaves words outside the vocabulary as they are', () => {
		expect(localizeLocator('chapter IV, para. 3', 'ru')).toBe('chapter IV, п. 3');
		expect(localizeLocator('статья 5', 'ru')).toBe('статья 5');
	});
});

describe('unknownLocatorWords', () => {
	it('finds nothing in locators made of the vocabulary', () => {
		for (const l of [
			'preamble',
			'letter, para. 1',
			'annex, purpose and scope',
			'annex, para. (c)',
			'§ 13 (iv)',
			'§§ 19–20',
			'OP 5',
			'OP 5 (a)',
			'operative part',
			'title',
			'second principle',
			'arts. 2 and 3'
		])
			expect(unknownLocatorWords(l), l).toEqual([]);
		for (const [en] of LOCATOR_VOCABULARY) expect(unknownLocatorWords(en), en).toEqual([]);
	});

	it('names the words it does not know', () => {
		expect(unknownLocatorWords('chapter IV, para. 3')).toEqual(['chapter', 'IV']);
		expect(unknownLocatorWords('sect. 2')).toEqual(['sect.']);
		expect(unknownLocatorWords('OP')).toEqual(['OP']);
		expect(unknownLocatorWords('fourth principle')).toEqual(['fourth', 'principle']);
		expect(unknownLocatorWords('статья 5')).toEqual(['статья']);
	});
});
