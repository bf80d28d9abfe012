// The client's locale runtime gives what Paraglide's runtime gives, on the same URLs and hrefs, for
// pages in either language (Paraglide's getLocale is overwritten to the page's locale; ours reads a
// stubbed `location`).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import * as paraglide from '$lib/paraglide/runtime';
import * as lite from './client-runtime';

const ORIGIN = 'https://example.org';
const PAGES = ['/', '/ru', '/events/res-53-70', '/ru/events/res-53-70', '/RU/concordance', '/russia'];
const HREFS = [
	'/',
	'/ru',
	'/ru/',
	'/events/gge-2015',
	'/ru/events/gge-2015?p=p3#x',
	'/embed?view=sco&lang=ru',
	'/documents/sco-2020-iis#p5',
	'/runes',
	'//ru',
	'https://example.org/ru/concordance',
	'https://other.example/ru/x',
	'events/relative'
];

afterEach(() => vi.unstubAllGlobals());
afterAll(() => paraglide.overwriteGetLocale(() => 'en'));

function onPage(path: string) {
	const url = new URL(path, ORIGIN);
	vi.stubGlobal('location', url);
	vi.stubGlobal('window', { location: url });
	const locale = paraglide.extractLocaleFromUrl(url) ?? 'en';
	paraglide.overwriteGetLocale(() => locale);
	return locale;
}

describe.each(PAGES)('on %s', (page) => {
	it('reads the page locale as Paraglide does', () => {
		const expected = onPage(page);
		expect(lite.getLocale()).toBe(expected);
	});
	it.each(HREFS)('localizes and de-localizes %s as Paraglide does', (href) => {
		onPage(page);
		for (const locale of [undefined, 'en', 'ru'] as const) {
			const options = locale ? { locale } : undefined;
			expect(lite.localizeHref(href, options), `localizeHref(${href}, ${locale})`).toBe(paraglide.localizeHref(href, options));
		}
		expect(lite.deLocalizeHref(href)).toBe(paraglide.deLocalizeHref(href));
		const absolute = new URL(href, ORIGIN);
		expect(lite.deLocalizeUrl(absolute).href).toBe(paraglide.deLocalizeUrl(absolute).href);
	});
});

it('exports every name the compiled messages import from the runtime', async () => {
	const { readFileSync, readdirSync } = await import('node:fs');
	const dir = 'src/lib/paraglide/messages';
	const names = new Set<string>();
	for (const f of readdirSync(dir)) {
		const m = /import \{([^}]*)\} from '\.\.\/runtime\.js'/.exec(readFileSync(`${dir}/${f}`, 'utf8'));
		for (const n of m?.[1]?.split(',') ?? []) names.add(n.trim());
	}
	expect(names.size).toBeGreaterThan(0);
	expect([...names].filter((n) => !(n in lite))).toEqual([]);
});
