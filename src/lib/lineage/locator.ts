// Locators of the lineage ("art. 2", "annex, para. (c)", "§ 13 (e)", "OP 5") are data strings
// written in English. This renders them in the page's language from a small, fixed vocabulary (the
// table below, documented in data/README.md): section signs, numbers, letters in brackets and
// punctuation are kept as written. A word outside the vocabulary (say, in an imported dataset) is
// left as it is; `unknownLocatorWords` finds such words, so a data test keeps the bundled data to
// the vocabulary and every locator it shows is translated.
import type { Locale } from '$lib/data/model';

/** English locator words and phrases with their Russian renderings. */
export const LOCATOR_VOCABULARY: readonly (readonly [en: string, ru: string])[] = [
	['preamble', 'преамбула'],
	['operative part', 'постановляющая часть'],
	['art.', 'ст.'],
	['arts.', 'ст.'],
	['para.', 'п.'],
	['paras.', 'пп.'],
	['annex', 'приложение'],
	['annexes', 'приложения'],
	['letter', 'письмо'],
	['title', 'название'],
	['purpose and scope', 'цель и сфера применения'],
	['first principle', 'первый принцип'],
	['second principle', 'второй принцип'],
	['third principle', 'третий принцип'],
	['and', 'и']
];

/** "OP 5", "OP 2–3", "OP 5 (a)": an operative paragraph, said the other way round in Russian. */
const OP = /(?<![\p{L}\p{N}])OP\s+(\d+(?:[–-]\d+)?(?:\s*\([a-z]{1,4}\))*)/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "paras." is taken before "para." and "annexes" before "annex". */
const PATTERNS = [...LOCATOR_VOCABULARY]
	.sort((a, b) => b[0].length - a[0].length)
	.map(([en, ru]) => ({ re: new RegExp(`(?<!\\p{L})${escape(en)}(?!\\p{L})`, 'giu'), ru }));

/** A locator in the page's language: English as written, Russian from the vocabulary. */
export function localizeLocator(locator: string, locale: Locale): string {
	if (locale === 'en') return locator;
	// The Russian renderings hold no English words, so no word is translated twice.
	let s = locator.replace(OP, (_, n: string) => `п. ${n} постановляющей части`);
	for (const { re, ru } of PATTERNS) s = s.replace(re, ru);
	return s;
}

/** The words of a locator that the vocabulary does not know (none for a translatable locator). */
export function unknownLocatorWords(locator: string): string[] {
	let s = locator.replace(OP, ' ');
	for (const { re } of PATTERNS) s = s.replace(re, ' ');
	// Letters and roman numerals in brackets ("(c)", "(iv)") are kept as they are.
	s = s.replace(/\(\s*[a-z]{1,4}\s*\)/gi, ' ');
	return s.match(/\p{L}[\p{L}.]*/gu) ?? [];
}
