// oEmbed discovery against the built site: every page carries a server-rendered
// <link rel="alternate" type="application/json+oembed"> to its prerendered oEmbed file, and that
// file is an oEmbed 1.0 "rich" item in the page's language whose iframe shows the embed view.
import { test, expect, type Page } from '@playwright/test';
import { builtSiteOrigin } from './helpers';

test.use({ javaScriptEnabled: false });

async function oembedOf(page: Page, path: string) {
	await page.goto(path);
	const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
	await expect(link).toHaveCount(1);
	// Absolute, on the site's public origin; fetched here from the test server.
	const absolute = (await link.getAttribute('href'))!;
	expect(absolute.startsWith(`${builtSiteOrigin()}/oembed/`), absolute).toBe(true);
	const href = absolute.slice(builtSiteOrigin().length);
	const res = await page.request.get(new URL(href, page.url()).href);
	expect(res.status(), href).toBe(200);
	expect(res.headers()['content-type']).toMatch(/application\/json/);
	return { href, json: await res.json() };
}

const cases = [
	{ path: '/', href: '/oembed/index.json', title: /^Information security policy timeline$/, src: '/embed' },
	{ path: '/ru', href: '/oembed/ru.json', title: /^Хронология/, src: '/ru/embed' },
	{ path: '/events/un-res-53-70', href: '/oembed/events/un-res-53-70.json', title: /^Resolution 53\/70/, src: '/embed?event=un-res-53-70' },
	{ path: '/ru/events/un-res-53-70', href: '/oembed/ru/events/un-res-53-70.json', title: /^Резолюция 53\/70/, src: '/ru/embed?event=un-res-53-70' },
	{ path: '/documents/sco-2020-iis', href: '/oembed/documents/sco-2020-iis.json', title: /^Statement of the Council/, src: '/embed?event=sco-2020-iis-statement' }
];

for (const c of cases)
	test(`${c.path} links to a rich oEmbed item`, async ({ page }) => {
		const { href, json } = await oembedOf(page, c.path);
		expect(href).toBe(c.href);
		expect(json).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 450 });
		expect(json.title).toMatch(c.title);
		expect(typeof json.provider_name).toBe('string');
		expect(typeof json.provider_url).toBe('string');
		// The html is one iframe of the embed view, with a title, and nothing else.
		const src = /^<iframe src="([^"]+)" width="800" height="450" title="[^"<>]+" loading="lazy" style="[^"]*"><\/iframe>$/.exec(json.html)?.[1];
		expect(src, json.html).toBeDefined();
		expect(src!.replace(/^https?:\/\/[^/]+/, '').replace(/&amp;/g, '&')).toBe(c.src);
	});
