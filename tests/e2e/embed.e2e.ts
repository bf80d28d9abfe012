// End-to-end tests of the embed (/embed, /ru/embed) in real Chromium against the built site: inside
// an <iframe> on a host page it reports its height (Pym.js, Datawrapper-style and AMP messages) and
// the responsive snippet resizes the frame to its content, again when the content grows; it ignores
// junk messages; a deep link opens its event (also in Russian, also inside a frame) and "Open in full
// view" keeps the view; the snippet of the Embed dialog on / works when pasted into a page; and
// axe-core finds nothing with and without an event, in both languages.
// The host pages are served by page.route under the preview origin; expected titles come from data/.
import { test, expect, type Frame, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { iframeSnippet } from '../../src/lib/embed/resize';
import { expectNoAxeViolations, guardExternalRequests } from './helpers';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Locale = 'en' | 'ru';
type Text = { en: string; ru: string };
const EVENTS = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as { id: string; title: Text }[]);
const title = (id: string, l: Locale = 'en') => EVENTS.find((e) => e.id === id)!.title[l];

// The server the config starts (E2E_PORT, as in playwright.config.ts).
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const HOST = `${ORIGIN}/__test-host`;
const FRAME_TITLE = { en: 'Timeline of information security policy', ru: 'Хронология политики информационной безопасности' };
const SITE_TITLE = { en: 'Information security policy timeline', ru: 'Хронология политики информационной безопасности' };
const OPEN_FULL = { en: 'Open in full view', ru: 'Открыть полную версию' };
/** Height the frames start with; the content is much taller (checked below). */
const INITIAL = 300;
/** Width of the host page's column: narrow enough that the detail panel stacks below the plot. */
const COLUMN = 640;

/**
 * Serves a host page at HOST with `body` in a column of COLUMN px, after a script that records
 * every message the page receives in window.__messages.
 */
async function serveHost(page: Page, body: string) {
	await page.route(`${HOST}*`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script>window.__messages = []; addEventListener('message', function (e) { window.__messages.push(e.data); });</script>
</head><body style="margin:0"><div style="width:${COLUMN}px">${body}</div></body></html>`
		})
	);
}

/** The frame of the (only) embed iframe, once its timeline has rendered. */
async function embedFrame(page: Page, selector = 'iframe'): Promise<Frame> {
	const handle = await page.locator(selector).elementHandle();
	const frame = (await handle!.contentFrame())!;
	await frame.waitForURL(/\/embed/);
	await frame.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
	return frame;
}

const frameHeight = (page: Page, selector = 'iframe') => page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
/** Height of the embed's content (what it reports), and whether its document scrolls. */
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.querySelector('.embed-frame')!.getBoundingClientRect().height));
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);

/** Heights announced so far in each format, for the frame `id`. */
async function announced(page: Page, id: string) {
	const all = await messages(page);
	const pym = all
		.filter((d): d is string => typeof d === 'string')
		.map((d) => new RegExp(`^pymxPYMx${id}xPYMxheightxPYMx(\\d+)$`).exec(d)?.[1])
		.filter((h): h is string => h !== undefined)
		.map(Number);
	const amp = all
		.filter((d) => typeof d === 'object' && d !== null && (d as { sentinel?: string }).sentinel === 'amp')
		.map((d) => d as { type: string; height: number });
	const dw = all
		.map((d) => (d as { 'datawrapper-height'?: Record<string, number> } | null)?.['datawrapper-height']?.[id])
		.filter((h): h is number => typeof h === 'number');
	return { pym, amp, dw, count: all.length };
}

/** The iframe follows its content: its height is the content's, ±30 px, and it no longer scrolls. */
async function expectFitted(page: Page, frame: Frame) {
	await expect
		.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { message: 'iframe height vs content height' })
		.toBeLessThanOrEqual(30);
}

test.use({ reducedMotion: 'reduce' });

// ---- Resizing -------------------------------------------------------------------------------

test.describe('inside an iframe', () => {
	const src = `${ORIGIN}/embed`;
	const snippet = iframeSnippet({ src, title: 'Timeline', height: INITIAL, responsive: true });
	const id = /id="([^"]+)"/.exec(snippet)![1]!;

	test('the responsive snippet resizes the frame to its content, and again when the content grows', async ({ page }) => {
		const guard = guardExternalRequests(page);
		await serveHost(page, snippet);
		await page.goto(HOST);
		await expect(page.locator('iframe')).toHaveAttribute('height', String(INITIAL));
		const frame = await embedFrame(page);
		const first = await contentHeight(frame);
		expect(Math.abs(first - INITIAL), 'the content is not as tall as the initial frame').toBeGreaterThan(60);
		await expectFitted(page, frame);
		const before = await frameHeight(page);

		// Open an event inside the frame: the detail panel stacks below the plot.
		const mark = frame.locator('.plot button.mark').first();
		const eventId = (await mark.getAttribute('data-id'))!;
		await mark.press('Enter');
		await expect(frame.locator('#panel-title')).toHaveText(title(eventId));
		await expect.poll(() => frameHeight(page), { message: 'the frame grows with the panel' }).toBeGreaterThan(before + 100);
		await expectFitted(page, frame);

		// Closing it shrinks the frame back.
		await frame.locator('#panel-title').press('Escape');
		await expect(frame.locator('#panel-title')).toHaveCount(0);
		await expect.poll(() => frameHeight(page)).toBeLessThan(before + 30);
		await expectFitted(page, frame);
		guard.expectNone();
	});

	test('it announces its height as Pym.js, Datawrapper-style and AMP messages', async ({ page }) => {
		await serveHost(page, snippet);
		await page.goto(HOST);
		const frame = await embedFrame(page);
		await expectFitted(page, frame);
		const h = await contentHeight(frame);
		await expect.poll(async () => (await announced(page, id)).pym.at(-1)).toBe(h);
		const { pym, amp, dw } = await announced(page, id);
		expect(pym.length).toBeGreaterThan(0);
		expect(dw.at(-1)).toBe(h);
		expect(amp.at(-1)).toEqual({ sentinel: 'amp', type: 'embed-size', height: h });
		// Pym's `childId` names the frame in the messages (a Pym.js parent sets it).
		await serveHost(page, `<iframe src="${ORIGIN}/embed?childId=chart-1" title="Timeline" width="100%" height="${INITIAL}"></iframe>`);
		await page.goto(`${HOST}?pym`);
		await embedFrame(page);
		await expect.poll(async () => (await announced(page, 'chart-1')).pym.length).toBeGreaterThan(0);
	});

	test('junk messages are ignored: no error, no height change, no reply', async ({ page }) => {
		await serveHost(page, snippet);
		await page.goto(HOST);
		const frame = await embedFrame(page);
		await expectFitted(page, frame);
		await frame.evaluate(() => {
			const w = window as unknown as { __errors: string[] };
			w.__errors = [];
			addEventListener('error', (e) => w.__errors.push(String(e.message)));
			addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
		});
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const height = await frameHeight(page);
		const { count } = await announced(page, id);

		await page.evaluate((id) => {
			const target = document.querySelector('iframe')!.contentWindow!;
			const junk: unknown[] = [
				'hello',
				42,
				null,
				{ foo: 'bar' },
				['pym', id, 'height', '5'].join('xPYMx'),
				['pym', 'other-frame', 'width', '700'].join('xPYMx'),
				['pym', id, 'width'].join('xPYMx'),
				{ 'datawrapper-height': { [id]: 5 } },
				{ sentinel: 'amp', type: 'embed-size', height: 5 }
			];
			for (const j of junk) target.postMessage(j, '*');
			// Then a real Pym width request: messages are handled in order, so its answer comes after
			// whatever the junk could have caused.
			target.postMessage(['pym', id, 'width', '640'].join('xPYMx'), '*');
		}, id);

		await expect.poll(async () => (await announced(page, id)).count).toBeGreaterThanOrEqual(count + 3);
		const after = await messages(page);
		// Exactly one answer (three formats), all to the real request, with the unchanged height.
		expect(after.length).toBe(count + 3);
		const h = await contentHeight(frame);
		expect(after.slice(count)).toEqual([
			`pymxPYMx${id}xPYMxheightxPYMx${h}`,
			{ 'datawrapper-height': { [id]: h } },
			{ sentinel: 'amp', type: 'embed-size', height: h }
		]);
		expect(await frameHeight(page)).toBe(height);
		expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
		expect(errors).toEqual([]);
	});
});

// ---- Deep links and the full view ----------------------------------------------------------

test.describe('deep links', () => {
	for (const l of ['en', 'ru'] as Locale[]) {
		const base = l === 'en' ? '/embed' : '/ru/embed';
		const home = l === 'en' ? '/' : '/ru';

		test(`${base}?event=un-res-53-70 shows that event, and "open in full view" keeps the view`, async ({ page }) => {
			const guard = guardExternalRequests(page);
			await page.goto(`${base}?event=un-res-53-70&from=1997-01-01&to=2001-12-31&tracks=sco,un-ict&embedId=article-1`);
			await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
			await expect(page.locator('#panel-title')).toHaveText(title('un-res-53-70', l));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_TITLE[l]);
			const link = page.getByRole('link', { name: OPEN_FULL[l] });
			await expect(link).toHaveAttribute('target', '_blank');
			const full = new URL((await link.getAttribute('href'))!, page.url());
			expect(full.pathname).toBe(home);
			expect(Object.fromEntries(full.searchParams)).toEqual({
				event: 'un-res-53-70',
				from: '1997-01-01',
				to: '2001-12-31',
				tracks: 'sco,un-ict'
			});
			guard.expectNone();
		});
	}

	test('"open in full view" follows what the reader does inside the embed', async ({ page }) => {
		await page.goto('/embed?event=un-res-53-70');
		await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
		await expect(page.locator('#panel-title')).toHaveText(title('un-res-53-70'));
		await page.getByRole('button', { name: 'Next event →' }).click();
		await expect(page.locator('#panel-title')).not.toHaveText(title('un-res-53-70'));
		const shown = await page.locator('#panel-title').textContent();
		const nextId = EVENTS.find((e) => e.title.en === shown)!.id;
		const link = page.getByRole('link', { name: OPEN_FULL.en });
		await expect
			.poll(async () => new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('event'))
			.toBe(nextId);
		// Closing the panel drops the event from the link.
		await page.locator('#panel-title').press('Escape');
		await expect
			.poll(async () => new URL((await link.getAttribute('href'))!, page.url()).searchParams.has('event'))
			.toBe(false);
		expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe('/');
	});

	for (const l of ['en', 'ru'] as Locale[])
		test(`a deep-linked embed shows its event inside an iframe too (${l})`, async ({ page }) => {
			const src = `${ORIGIN}${l === 'en' ? '' : '/ru'}/embed?event=un-res-53-70`;
			await serveHost(page, `<iframe src="${src}" title="Timeline" width="100%" height="500"></iframe>`);
			await page.goto(HOST);
			const frame = await embedFrame(page);
			await expect(frame.locator('#panel-title')).toHaveText(title('un-res-53-70', l));
			await expect(frame.locator('html')).toHaveAttribute('lang', l);
		});

	test('without JavaScript the embed lists the events', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${ORIGIN}/embed`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_TITLE.en);
		// (by role: Playwright's text matching skips <noscript>, where the list is.)
		await expect(page.getByRole('link', { name: title('un-res-53-70') })).toBeVisible();
		await context.close();
	});
});

// ---- The Embed dialog on / --------------------------------------------------------------------

test.describe('the Embed dialog', () => {
	async function openTimeline(page: Page, path = '/') {
		await page.goto(path);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
	}

	/** Opens the dialog and returns both snippets. */
	async function snippets(page: Page, name = 'Embed') {
		await page.getByRole('button', { name, exact: true }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		const [fixed, responsive] = await Promise.all([dialog.locator('#embed-fixed').inputValue(), dialog.locator('#embed-responsive').inputValue()]);
		return { fixed, responsive, dialog };
	}

	const srcOf = (snippet: string) => new URL(/src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&'));

	test('the snippets embed the current view, and work when pasted into a page', async ({ page }) => {
		await openTimeline(page);
		// Select an event on / (the first mark drawn).
		const mark = page.locator('.plot button.mark').first();
		const id = (await mark.getAttribute('data-id'))!;
		await mark.press('Enter');
		await expect(page.locator('#panel-title')).toHaveText(title(id));
		await expect(page).toHaveURL(new RegExp(`event=${id}`));

		const { fixed, responsive, dialog } = await snippets(page);
		for (const s of [fixed, responsive]) {
			const src = srcOf(s);
			expect(src.origin).toBe(ORIGIN);
			expect(src.pathname).toBe('/embed');
			expect(src.searchParams.get('event')).toBe(id);
		}
		expect(fixed).toMatch(/^<iframe [^>]*height="600"[^>]*><\/iframe>$/);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();

		// The fixed snippet, pasted into a page: the frame shows that event.
		await serveHost(page, fixed);
		await page.goto(HOST);
		let frame = await embedFrame(page);
		await expect(frame.locator('#panel-title')).toHaveText(title(id));
		expect(await frameHeight(page)).toBe(600);

		// The responsive one: same view, and the frame takes the content's height.
		await page.unrouteAll();
		await serveHost(page, responsive);
		await page.goto(`${HOST}?responsive`);
		frame = await embedFrame(page);
		await expect(frame.locator('#panel-title')).toHaveText(title(id));
		expect(Math.abs((await contentHeight(frame)) - 600)).toBeGreaterThan(60);
		await expectFitted(page, frame);
	});

	test('the snippet follows the window and lanes of the view, and the height field', async ({ page }) => {
		await openTimeline(page, '/?from=2009-01-01&to=2012-12-31&tracks=sco,un-ict');
		const { fixed, dialog } = await snippets(page);
		const q = Object.fromEntries(srcOf(fixed).searchParams);
		expect(q).toEqual({ from: '2009-01-01', to: '2012-12-31', tracks: 'sco,un-ict' });
		await dialog.getByLabel('Height in pixels').fill('420');
		await expect(dialog.locator('#embed-fixed')).toHaveValue(/height="420"/);
	});

	test('Russian: /ru embeds /ru/embed', async ({ page }) => {
		await openTimeline(page, '/ru?event=un-res-53-70');
		const { fixed } = await snippets(page, 'Встроить');
		const src = srcOf(fixed);
		expect(src.pathname).toBe('/ru/embed');
		expect(src.searchParams.get('event')).toBe('un-res-53-70');
		expect(fixed).toContain(`title="${FRAME_TITLE.ru}"`);
	});

	test('the open dialog passes axe', async ({ page }) => {
		await openTimeline(page);
		await snippets(page);
		await expectNoAxeViolations(page);
	});
});

// ---- Accessibility --------------------------------------------------------------------------

test.describe('axe-core', () => {
	for (const path of ['/embed', '/embed?event=un-res-53-70', '/ru/embed', '/ru/embed?event=un-res-53-70'])
		test(`finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
			await expectNoAxeViolations(page);
		});
});
