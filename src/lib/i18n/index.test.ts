// Every event kind and adoption mode of the schema has a label in both languages (the labels are
// mapped by hand in index.ts, so that pages bundle only the messages they use).
import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { ADOPTION_MODES, EVENT_KINDS, UNCERTAIN_ABOUT } from '$lib/data/schema';
import { kindLabel, modeLabel, uncertainLabel } from './index';
import en from './messages/en.json';
import ru from './messages/ru.json';

const texts: Record<'en' | 'ru', Record<string, string>> = { en, ru };

let current: 'en' | 'ru' = 'en';
overwriteGetLocale(() => current);
afterAll(() => overwriteGetLocale(() => 'en'));

describe.each(['en', 'ru'] as const)('labels in %s', (lang) => {
	it('names every event kind', () => {
		current = lang;
		const wrong = EVENT_KINDS.filter((k) => !texts[lang][`kind_${k}`] || kindLabel(k) !== texts[lang][`kind_${k}`]);
		expect(wrong).toEqual([]);
	});
	it('names every adoption mode', () => {
		current = lang;
		const wrong = ADOPTION_MODES.filter((k) => !texts[lang][`mode_${k}`] || modeLabel(k) !== texts[lang][`mode_${k}`]);
		expect(wrong).toEqual([]);
	});
	it('names what every kind of uncertainty is about, also in a given locale', () => {
		current = lang === 'en' ? 'ru' : 'en';
		const key = (a: string) => `uncertain_about_${a}`;
		const wrong = UNCERTAIN_ABOUT.filter((a) => !texts[lang][key(a)] || uncertainLabel(a, lang) !== texts[lang][key(a)]);
		expect(wrong).toEqual([]);
		current = lang;
		expect(uncertainLabel('date')).toBe(texts[lang].uncertain_about_date);
		expect(new Set(UNCERTAIN_ABOUT.map((a) => uncertainLabel(a))).size).toBe(UNCERTAIN_ABOUT.length);
	});
});

describe('unknown values', () => {
	it('are shown as they are (imported data may use its own kinds)', () => {
		current = 'en';
		expect(kindLabel('hearing')).toBe('hearing');
		expect(kindLabel('constructor')).toBe('constructor');
		expect(modeLabel('acclamation')).toBe('acclamation');
	});
	it('differ between languages for known ones', () => {
		current = 'en';
		const en = kindLabel('resolution');
		current = 'ru';
		expect(kindLabel('resolution')).not.toBe(en);
	});
});
