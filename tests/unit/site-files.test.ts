// Build-time site files (tools/site-files.js) and settings (site.config.js): sitemap, robots.txt,
// the _headers file and its parser, the policy read back from a page, the site origin, the hash of
// app.html's inline script.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { headersFile, isFrameable, metaCsp, parseHeadersFile, robotsTxt, sitemapXml, splitLocale } from '../../tools/site-files.js';
import { appHtmlScriptHashes, cspDirectives, siteOriginFrom, DEFAULT_SITE_ORIGIN } from '../../site.config.js';

describe('sitemapXml', () => {
	it('lists each page once, absolute, with en, ru and x-default alternates', () => {
		const xml = sitemapXml('https://x.org', ['/ru/events/a', '/', '/events/a', '/ru']);
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toEqual(['https://x.org/', 'https://x.org/ru', 'https://x.org/events/a', 'https://x.org/ru/events/a']);
		expect(xml).toContain(
			'<loc>https://x.org/ru/events/a</loc>\n    <xhtml:link rel="alternate" hreflang="en" href="https://x.org/events/a"/>\n    <xhtml:link rel="alternate" hreflang="ru" href="https://x.org/ru/events/a"/>\n    <xhtml:link rel="alternate" hreflang="x-default" href="https://x.org/events/a"/>'
		);
	});
	it('names only the language versions that exist, and escapes URLs', () => {
		const xml = sitemapXml('https://x.org', ['/only-en?a&b']);
		expect(xml).toContain('<loc>https://x.org/only-en?a&amp;b</loc>');
		expect(xml).not.toContain('hreflang="ru"');
	});
});

describe('headers file', () => {
	const pages = [
		{ pathname: '/', csp: "default-src 'self'" },
		{ pathname: '/ru/embed', csp: "default-src 'self'" },
		{ pathname: '/nocsp', csp: undefined }
	];
	it('adds frame-ancestors per page (any site may frame the embed view) and reads back', () => {
		const rules = parseHeadersFile(headersFile(pages, { reportUri: 'https://r.example/csp' }));
		expect(rules['/']!['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'self'; report-uri https://r.example/csp");
		expect(rules['/ru/embed']!['content-security-policy']).toBe("default-src 'self'; frame-ancestors *; report-uri https://r.example/csp");
		expect(rules['/nocsp']).toBeUndefined();
		expect(rules['/*']).toEqual({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' });
	});
	it('knows the frameable pages and splits locales', () => {
		expect([isFrameable('/embed'), isFrameable('/ru/embed'), isFrameable('/'), isFrameable('/embedded')]).toEqual([true, true, false, false]);
		expect(splitLocale('/ru')).toEqual({ locale: 'ru', path: '/' });
		expect(splitLocale('/russia')).toEqual({ locale: 'en', path: '/russia' });
	});
	it('reads the policy back from a page', () => {
		expect(metaCsp('<meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &amp;">')).toBe("script-src 'self' &");
		expect(metaCsp('<meta charset="utf-8">')).toBeUndefined();
	});
	it('robots.txt names the sitemap', () => {
		expect(robotsTxt('https://x.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n');
	});
});

describe('site.config.js', () => {
	it('takes an http(s) origin, or the preview address by default, and refuses anything else', () => {
		expect(siteOriginFrom(undefined)).toBe(DEFAULT_SITE_ORIGIN);
		expect(siteOriginFrom(' https://x.org/ ')).toBe('https://x.org');
		expect(siteOriginFrom('http://localhost:8080')).toBe('http://localhost:8080');
		for (const bad of ['ftp://x.org', 'x.org', 'https://x.org/sub', 'https://x.org/?q'])
			expect(() => siteOriginFrom(bad), bad).toThrow(/PUBLIC_SITE_ORIGIN/);
	});
	it("hashes app.html's inline script exactly as the browser will", () => {
		const html = readFileSync(new URL('../../src/app.html', import.meta.url), 'utf8');
		const body = /<script\b[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
		const hashes = appHtmlScriptHashes();
		expect(hashes).toEqual([`sha256-${createHash('sha256').update(body).digest('base64')}`]);
		expect(cspDirectives()['script-src']).toEqual(['self', ...hashes]);
	});
	it('allows nothing inline or evaluated', () => {
		expect(JSON.stringify(cspDirectives())).not.toMatch(/unsafe/);
	});
});
