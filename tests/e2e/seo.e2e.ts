// Findable pages (issue 9), checked on every page of build/: a title and a meta description; a
// canonical URL, hreflang alternates (en, ru, x-default) and the oEmbed link, absolute on the site's
// public origin; Open Graph and Twitter card tags whose image is a 1200×630 PNG of the build; /embed
// kept out of search engines; sitemap.xml lists exactly the indexable pages with their alternates,
// and robots.txt names it. Reads the files (deterministic), plus one check of what a browser sees.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSiteOrigin } from './helpers';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const ORIGIN = builtSiteOrigin();
const abs = (path: string) => ORIGIN + (path === '/' ? '/' : path);

/** Every prerendered page: its URL path and its HTML (the SPA fallback 200.html is no page). */
const PAGES = (readdirSync(BUILD, { recursive: true }) as string[])
	.filter((f) => f.endsWith('.html') && f !== '200.html')
	.map((f) => ({ path: f === 'index.html' ? '/' : `/${f.replace(/\.html$/, '')}`, html: readFileSync(BUILD + f, 'utf8') }));

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Values of an attribute on the head's tags matching `selector` (a regex over the tag). */
function tags(html: string, tag: RegExp, attr: string): string[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(/<(?:meta|link|title)\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((t) => tag.test(t))
		.map((t) => unescape(new RegExp(`\\s${attr}="([^"]*)"`).exec(t)?.[1] ?? ''));
}
const meta = (html: string, key: string) => tags(html, new RegExp(`<meta (?:name|property)="${key}"`), 'content');
const twin = (path: string, l: 'en' | 'ru') => {
	const bare = path === '/ru' ? '/' : path.startsWith('/ru/') ? path.slice(3) : path;
	return l === 'en' ? bare : bare === '/' ? '/ru' : `/ru${bare}`;
};
const isEmbed = (path: string) => twin(path, 'en') === '/embed';

test('every page has a title, a description, canonical and hreflang URLs, the oEmbed link and social cards', () => {
	expect(PAGES.length).toBeGreaterThan(100);
	const problems: string[] = [];
	const images = new Set<string>();
	for (const { path, html } of PAGES) {
		const say = (what: string) => problems.push(`${path}: ${what}`);
		const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
		if (!title?.trim()) say('no <title>');
		const description = meta(html, 'description');
		if (description.length !== 1 || description[0]!.trim().length < 20) say(`description ${JSON.stringify(description)}`);
		const canonical = tags(html, /<link rel="canonical"/, 'href');
		const robots = meta(html, 'robots');
		if (isEmbed(path)) {
			if (robots.join() !== 'noindex') say(`robots ${robots.join()} (the embed view is noindex)`);
			if (canonical.length) say('a canonical link on a noindex page');
		} else {
			if (robots.length) say(`robots ${robots.join()}`);
			if (canonical.join() !== abs(path)) say(`canonical ${canonical.join()}`);
		}
		const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
		const want = [`en ${abs(twin(path, 'en'))}`, `ru ${abs(twin(path, 'ru'))}`, `x-default ${abs(twin(path, 'en'))}`];
		if (alternates.sort().join() !== want.sort().join()) say(`hreflang ${alternates.join(', ')}`);
		const oembed = tags(html, /type="application\/json\+oembed"/, 'href');
		if (oembed.length !== 1 || !oembed[0]!.startsWith(`${ORIGIN}/oembed/`) || !existsSync(BUILD + oembed[0]!.slice(ORIGIN.length + 1)))
			say(`oEmbed link ${oembed.join()}`);
		for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image'])
			if (meta(html, key).length !== 1 || !meta(html, key)[0]) say(`no ${key}`);
		if (!isEmbed(path) && meta(html, 'og:url')[0] !== abs(path)) say(`og:url ${meta(html, 'og:url')[0]}`);
		if (meta(html, 'twitter:card')[0] !== 'summary_large_image') say('twitter:card');
		const image = meta(html, 'og:image')[0] ?? '';
		if (!image.startsWith(`${ORIGIN}/og/`)) say(`og:image ${image}`);
		else images.add(image.slice(ORIGIN.length + 1));
	}
	expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
	// Every preview image is a 1200×630 PNG, one per language for / and for the statement.
	expect([...images].sort()).toEqual(['og/home.en.png', 'og/home.ru.png', 'og/sco-2020-iis.en.png', 'og/sco-2020-iis.ru.png']);
	for (const f of images) {
		const png = readFileSync(BUILD + f);
		expect(png.subarray(1, 4).toString('latin1'), f).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], f).toEqual([1200, 630]);
		expect(png.length, `${f} is more than a blank image`).toBeGreaterThan(40_000);
	}
});

test('event pages describe themselves with their summary, in their language', () => {
	const events = readdirSync(fileURLToPath(new URL('../../data/events/', import.meta.url)))
		.flatMap((f) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/events/${f}`, import.meta.url)), 'utf8')) as { id: string; summary: { en: string; ru: string } }[]);
	const e = events.find((x) => x.id === 'un-res-53-70')!;
	for (const l of ['en', 'ru'] as const) {
		const { html } = PAGES.find((p) => p.path === twin(`/events/${e.id}`, l))!;
		const d = meta(html, 'description')[0]!;
		expect(e.summary[l].replace(/\s+/g, ' ').startsWith(d.replace(/…$/, ''))).toBe(true);
	}
});

test('sitemap.xml lists every indexable page, absolute, with its alternates; robots.txt names it', () => {
	const xml = readFileSync(BUILD + 'sitemap.xml', 'utf8');
	expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
	const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
	const locs = urls.map((u) => /<loc>([^<]+)<\/loc>/.exec(u)![1]!);
	const indexable = PAGES.filter((p) => !isEmbed(p.path)).map((p) => abs(p.path));
	expect(locs.slice().sort()).toEqual(indexable.sort());
	expect(locs).not.toContain(abs('/embed'));
	for (const u of urls) {
		const loc = /<loc>([^<]+)<\/loc>/.exec(u)![1]!;
		const path = loc.slice(ORIGIN.length) || '/';
		const alts = [...u.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
		expect(alts, loc).toEqual([`en ${abs(twin(path, 'en'))}`, `ru ${abs(twin(path, 'ru'))}`, `x-default ${abs(twin(path, 'en'))}`]);
	}
	expect(readFileSync(BUILD + 'robots.txt', 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
});

test('after hydration the head still has one title, description and canonical link', async ({ page }) => {
	await page.goto('/ru/events/un-res-53-70');
	await page.waitForLoadState('networkidle');
	await expect(page).toHaveTitle(/^Резолюция 53\/70/);
	await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
	await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', abs('/ru/events/un-res-53-70'));
	// Client-side navigation to another page updates them.
	await page.getByRole('link', { name: 'English (Язык)' }).click();
	await expect(page).toHaveURL(/\/events\/un-res-53-70$/);
	await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', abs('/events/un-res-53-70'));
	await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
	await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
});
