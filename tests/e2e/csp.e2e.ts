// The Content-Security-Policy (issue 9): every prerendered page carries the strict policy as a
// <meta http-equiv> (no 'unsafe-inline', no 'unsafe-eval', hashes for every inline script, no style
// attribute or inline handler anywhere in the markup), and no page reports a single
// `securitypolicyviolation` while it is used: every route in both languages, selecting, zooming,
// searching, exporting every format, presenting, embedding (in an iframe of another origin), and
// ?data= from another origin (a second local server with CORS). The same runs once more against
// tools/serve.js, which sends the policy of build/_headers as an HTTP header as a host that reads that
// file would; that policy also governs app.html's early script (before the meta tag) and framing
// (frame-ancestors).
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { recordCspViolations, failOnPageErrors } from './helpers';
import { startServer } from '../../tools/serve.js';

failOnPageErrors(test);

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
type Locale = 'en' | 'ru';
const localized = (path: string, l: Locale) => (l === 'en' ? path : path === '/' ? '/ru' : `/ru${path}`);

// ---- The built files --------------------------------------------------------------------------

const htmlFiles = (readdirSync(BUILD, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

test('every built page has the strict policy, hashes for all its inline scripts and styles, no style attributes or handlers', () => {
	expect(htmlFiles.length).toBeGreaterThan(100);
	const problems: string[] = [];
	for (const file of htmlFiles) {
		const html = readFileSync(BUILD + file, 'utf8');
		const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
		if (metas.length !== 1) {
			problems.push(`${file}: ${metas.length} CSP meta tags`);
			continue;
		}
		const policy = Object.fromEntries(
			metas[0]![1]!
				.replace(/&#39;/g, "'")
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([name, ...values]) => [name!, values])
		);
		const want: Record<string, string[]> = {
			'default-src': ["'self'"],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			'form-action': ["'self'"]
		};
		for (const [name, values] of Object.entries(want))
			if (JSON.stringify(policy[name]) !== JSON.stringify(values)) problems.push(`${file}: ${name} is ${policy[name]?.join(' ')}`);
		const scriptSrc: string[] = policy['script-src'] ?? [];
		if (scriptSrc[0] !== "'self'" || scriptSrc.slice(1).some((v) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(v)))
			problems.push(`${file}: script-src is ${scriptSrc.join(' ')}`);
		// The page's CSS is inlined in one <style> (kit.inlineStyleThreshold), allowed by its hash.
		const styleSrc: string[] = policy['style-src'] ?? [];
		if (styleSrc[0] !== "'self'" || styleSrc.slice(1).some((v) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(v)))
			problems.push(`${file}: style-src is ${styleSrc.join(' ')}`);
		if (/unsafe-/.test(metas[0]![1]!)) problems.push(`${file}: an unsafe- keyword`);
		for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
			if (!body!.trim()) continue;
			const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
			if (!scriptSrc.includes(hash)) problems.push(`${file}: an inline script without its hash (${body!.trim().slice(0, 40)}…)`);
		}
		for (const [attr] of html.matchAll(/<[a-z][^>]*?\sstyle="[^"]*"/gi)) problems.push(`${file}: ${attr.slice(0, 80)}`);
		for (const [attr] of html.matchAll(/<[a-z][^>]*?\son[a-z]+="[^"]*"/gi)) problems.push(`${file}: ${attr.slice(0, 80)}`);
		for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
			if (!styleSrc.includes(hash)) problems.push(`${file}: an inline style without its hash (${body!.trim().slice(0, 40)}…)`);
		}
	}
	expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
});

// ---- A second origin: a dataset with CORS, and a page that frames the embed view --------------

const DATASET = {
	tracks: [{ id: 'a', label: 'A' }],
	events: [
		{ id: 'e1', start: '2001-02-03', title: 'First', track: 'a' },
		{ id: 'e2', start: '2002', end: '2003', title: 'Second', track: 'a' }
	]
};

let other: Server;
let otherOrigin = '';
/** The preview server (pages with the <meta> policy only). */
let previewOrigin = '';
/** tools/serve.js: the same build with build/_headers sent as HTTP headers. */
let host: { origin: string; close: () => Promise<void> };

test.beforeAll(async ({ baseURL }) => {
	previewOrigin = new URL(baseURL!).origin;
	host = await startServer({ dir: BUILD, headers: true });
	other = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === '/data.json') {
			res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
			res.end(JSON.stringify(DATASET));
		} else if (url.pathname === '/host.html') {
			const src = url.searchParams.get('src')!;
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(`<!doctype html><title>Host</title><iframe id="f" title="Timeline" src="${src.replace(/"/g, '&quot;')}" width="800" height="500"></iframe>`);
		} else {
			res.writeHead(404);
			res.end();
		}
	});
	await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
	otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => other?.close(resolve));
	await host?.close();
});

// ---- Using the pages --------------------------------------------------------------------------

const ready = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);

const ROUTES = [
	'/',
	'/events/un-res-53-70',
	'/documents/sco-2020-iis',
	'/concordance',
	'/present',
	'/present/history/1',
	'/present/free',
	'/embed',
	'/embed?event=sco-2020-iis-statement',
	'/edit',
	'/?p=p4',
	'/?data=/examples/timelinejs.json'
];

for (const mode of ['meta', 'headers'] as const)
	test.describe(`policy from the ${mode === 'meta' ? '<meta> tag' : '_headers file, as HTTP headers'}`, () => {
		/** The site's origin in this mode. */
		const site = () => (mode === 'headers' ? host.origin : previewOrigin);

		for (const l of ['en', 'ru'] as const)
			test(`every route (${l}) loads and hydrates without a violation`, async ({ page }) => {
				const csp = await recordCspViolations(page);
				for (const route of ROUTES) {
					const path = localized(route.split('?')[0]!, l) + (route.includes('?') ? `?${route.split('?')[1]}` : '');
					const res = await page.goto(site() + path);
					expect(res?.status(), path).toBe(200);
					if (mode === 'headers') expect(res?.headers()['content-security-policy'], path).toMatch(/frame-ancestors/);
					await page.waitForLoadState('networkidle');
					if (route === '/' || route.startsWith('/?') || route.startsWith('/embed')) await ready(page);
					csp.expectNone(path);
				}
			});

		// The HTTP-header policy is the <meta> one plus frame-ancestors, and it also covers the inline
		// script that comes before the <meta> tag: using the pages under it checks both, once.
		if (mode === 'headers') {
			test('/: select, zoom, search, export every format, embed dialog, language switch', async ({ page }) => {
				test.setTimeout(60_000);
				const csp = await recordCspViolations(page);
				await page.goto(site() + '/?from=2019-01-01&to=2021-12-31');
				await ready(page);
				// Select an event, then zoom with a button, the keyboard and the wheel.
				await page.locator('.plot button.mark[data-id="sco-2020-iis-statement"]').click();
				await expect(page.locator('#panel-title')).toBeVisible();
				await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
				await page.locator('.plot button.mark').first().focus();
				await page.keyboard.press('-');
				const box = (await page.getByRole('group', { name: /^Timeline plot, / }).boundingBox())!;
				await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
				await page.mouse.wheel(0, -300);
				// Search and choose a result.
				const search = page.getByRole('combobox', { name: 'Search events and the statement' });
				await search.fill('74/247');
				await page.getByRole('listbox', { name: 'Search events and the statement' }).getByRole('option').first().click();
				await expect(page.locator('#panel-title')).toBeVisible();
				// Export every format.
				const toggle = page.locator('.export-menu').getByRole('button', { name: 'Export', exact: true });
				await toggle.click();
				const region = page.getByRole('region', { name: 'Export the timeline' });
				const buttons = await region.getByRole('button').allTextContents();
				expect(buttons.length).toBeGreaterThanOrEqual(6);
				for (const name of buttons) {
					if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
					const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name, exact: true }).click()]);
					expect(download.suggestedFilename()).toMatch(/\.(csv|json|ics|svg|png)$/);
				}
				// The embed dialog, with its live preview.
				await page.keyboard.press('Escape');
				await page.getByRole('button', { name: 'Embed', exact: true }).click();
				const dialog = page.getByRole('dialog');
				await expect(dialog).toBeVisible();
				await page.waitForLoadState('networkidle');
				await dialog.getByRole('button', { name: 'Close' }).click();
				// The other language, client-side.
				await page.getByRole('link', { name: 'Русский (Language)' }).click();
				await expect(page).toHaveURL(/\/ru\?/);
				await ready(page);
				csp.expectNone();
			});

			test('the reader: modes, a linked event, search', async ({ page }) => {
				const csp = await recordCspViolations(page);
				await page.goto(site() + '/documents/sco-2020-iis?event=un-res-74-247#p7');
				await page.waitForLoadState('networkidle');
				for (const name of ['Russian original', 'English translation', 'Side by side'])
					await page.getByRole('radio', { name, exact: true }).check();
				await page.goto(site() + '/concordance?q=74%2F247');
				await page.waitForLoadState('networkidle');
				csp.expectNone();
			});

			test('a presentation: stepping through scenes with the keys', async ({ page }) => {
				const csp = await recordCspViolations(page);
				await page.goto(site() + '/present/history/1');
				await page.waitForLoadState('networkidle');
				for (let i = 0; i < 3; i++) {
					await page.keyboard.press('ArrowRight');
					await expect(page).toHaveURL(new RegExp(`/present/history/${i + 2}$`));
				}
				await page.keyboard.press('End');
				await page.keyboard.press('Home');
				await expect(page).toHaveURL(/\/present\/history\/1$/);
				await page.goto(site() + '/present/free?i=3');
				// The keys work once the page has hydrated.
				await page.waitForLoadState('networkidle');
				await page.keyboard.press('ArrowRight');
				await expect(page).toHaveURL(/i=4/);
				csp.expectNone();
			});

			test('?data= from another origin (CORS) is fetched, imported in the worker and drawn', async ({ page }) => {
				const csp = await recordCspViolations(page);
				const url = `${otherOrigin}/data.json`;
				await page.goto(`${site()}/?data=${encodeURIComponent(url)}`);
				await ready(page);
				await expect(page.locator('.notices')).toContainText(`Events imported from ${url}: 2.`);
				const early = await page.evaluate(async () => {
					const p = (window as { __timelinePrefetch?: { imported?: Promise<{ imported: number } | undefined> } }).__timelinePrefetch;
					return (await p?.imported)?.imported;
				});
				expect(early, 'imported by the worker app.html starts').toBe(2);
				await page.locator('.plot button.mark[data-id="e2"]').click();
				await expect(page.locator('#panel-title')).toHaveText('Second');
				await page.goto(`${site()}/embed?data=${encodeURIComponent(url)}`);
				await ready(page);
				await expect(page.locator('.plot button.mark')).toHaveCount(2);
				csp.expectNone();
			});

			test('the editor: a new timeline, an event, undo and redo, a scene and a share link; an imported file on /', async ({ page }) => {
				test.setTimeout(90_000);
				const csp = await recordCspViolations(page);
				await page.goto(site() + '/edit');
				await page.getByRole('button', { name: 'New empty timeline' }).click();
				await expect(page.getByRole('heading', { name: 'Events (0)' })).toBeVisible();
				await page.getByRole('button', { name: 'Add event' }).click();
				await page.getByRole('group', { name: 'Title', exact: true }).getByLabel('English').fill('Treaty signed');
				await page.getByRole('group', { name: 'Start' }).getByLabel('Year', { exact: true }).fill('2001');
				await expect(page.locator('.timeline-col .plot button[data-id]')).toHaveCount(1);
				await page.keyboard.press('Control+z');
				await page.keyboard.press('Control+Shift+z');
				await page.locator('summary', { hasText: 'Scenes' }).click();
				await page.getByRole('button', { name: 'Capture this view as a scene' }).click();
				await page.getByRole('button', { name: 'Make a link' }).click();
				await expect(page.locator('#share-link')).toHaveValue(/#data=/);
				await page.goto(site() + '/?data=/examples/timelinejs-sheet.csv');
				await ready(page);
				await expect(page.locator('.notices')).toContainText('Events imported from');
				csp.expectNone();
			});
		}

		test('/embed framed by a page of another origin', async ({ page }) => {
			const csp = await recordCspViolations(page);
			await page.goto(`${otherOrigin}/host.html?src=${encodeURIComponent(`${site()}/ru/embed?event=un-res-53-70`)}`);
			const frame = page.frameLocator('#f');
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Хронология политики информационной безопасности');
			await frame.locator('.plot button.mark').first().waitFor();
			await frame.locator('.plot button.mark[data-id="un-res-53-70"]').click();
			csp.expectNone();
		});

		if (mode === 'headers')
			test('other pages refuse to be framed by another origin (frame-ancestors)', async ({ page }) => {
				// The event page framed by its own site shows; framed by another origin, Chromium puts an
				// error page in its place, while /embed still shows there.
				const title = 'Resolution 53/70: first UN resolution on information security';
				const frame = page.locator('#f').contentFrame();
				await page.goto(`${host.origin}/robots.txt`);
				await page.setContent(`<iframe id="f" title="Timeline" src="${host.origin}/events/un-res-53-70"></iframe>`);
				await expect(frame.locator('h1', { hasText: title })).toHaveCount(1);
				await page.goto(`${otherOrigin}/host.html?src=${encodeURIComponent(`${host.origin}/events/un-res-53-70`)}`);
				await page.waitForLoadState('load');
				await expect(frame.locator('h1', { hasText: title })).toHaveCount(0);
				await page.goto(`${otherOrigin}/host.html?src=${encodeURIComponent(`${host.origin}/embed`)}`);
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Information security policy timeline');
			});
	});
