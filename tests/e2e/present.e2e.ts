// End-to-end tests of the presentations (/present, /present/<story>/<n>, /present/free) in real
// Chromium against the built site: stepping through the "history" story with the keys a clicker
// sends (→ Space PageDown forward, ← PageUp back, Home End) changes the caption, the "Scene n of N"
// indicator and the URL; a scene's URL opens it directly, also without JavaScript (prerendered);
// Esc leaves for / with the scene's window, event and paragraph in the query; the free mode steps
// through only the events linked to a paragraph; and axe-core finds nothing in either language.
// Expected values are read from data/ (not from the app).
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, guardExternalRequests, startMs, endMs, waitForTimeline } from './helpers';

// ---- Expected content, read from the source data --------------------------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Locale = 'en' | 'ru';
type Text = { en: string; ru: string };
type StoryScene = {
	title?: Text;
	window: { from: string; to: string };
	highlight: string[];
	event?: string;
	paragraph?: string;
	caption: Text;
};
type SourceEvent = { id: string; start: string; end?: string; title: Text; paragraphs?: { ref: string }[] };

const STORY = JSON.parse(readFileSync(root('data/stories/history.json'), 'utf8')) as { id: string; title: Text; scenes: StoryScene[] };
const N = STORY.scenes.length;
const scene = (n: number) => STORY.scenes[n - 1]!;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Events in the app's time order: start, then end, then id. */
const EVENTS = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[])
	.map((e) => ({ ...e, t0: startMs(e.start), t1: endMs(e.end ?? e.start) }))
	.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const eventTitle = (id: string, l: Locale) => EVENTS.find((e) => e.id === id)!.title[l];

const UI = {
	en: { progress: (n: number, total: number) => `Scene ${n} of ${total}`, title: 'Presentations', free: 'All events, one by one' },
	ru: { progress: (n: number, total: number) => `Сцена ${n} из ${total}`, title: 'Презентации', free: 'Все события по очереди' }
};
const localized = (path: string, l: Locale) => (l === 'en' ? path : `/ru${path}`);

// ---- Page helpers ----------------------------------------------------------------------------

const progress = (page: Page) => page.locator('.present .progress');
const heading = (page: Page) => page.locator('.present .caption h1');
const caption = (page: Page) => page.locator('.present .caption p.text');

/** Opens a presentation page and waits until it has hydrated (it marks 'timeline:ready'). */
async function openPresentation(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} status`).toBe(200);
	await waitForTimeline(page);
}

/** The page shows scene n of the history story (caption, title, indicator, URL). */
async function expectScene(page: Page, n: number, l: Locale = 'en') {
	await expect(progress(page)).toHaveText(UI[l].progress(n, N));
	await expect(page).toHaveURL(new RegExp(`${localized(`/present/${STORY.id}/${n}`, l).replace(/\//g, '\\/')}$`));
	await expect(heading(page)).toHaveText(scene(n).title![l]);
	await expect(caption(page)).toHaveText(scene(n).caption[l]);
}

test.use({ reducedMotion: 'reduce' });

// ---- The story, step by step -----------------------------------------------------------------

test.describe('a story', () => {
	test('the list of presentations links to the first scene and to the free mode', async ({ page }) => {
		await page.goto('/present');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.title);
		await expect(page.getByRole('link', { name: STORY.title.en })).toHaveAttribute('href', `/present/${STORY.id}/1`);
		await expect(page.getByText(`${N} scenes`)).toBeVisible();
		await expect(page.getByRole('link', { name: UI.en.free })).toHaveAttribute('href', '/present/free');
	});

	test('→, Space and PageDown go forward, ← and PageUp back, Home and End to the ends; the URL follows', async ({ page }) => {
		const guard = guardExternalRequests(page);
		await openPresentation(page, `/present/${STORY.id}/1`);
		await expectScene(page, 1);
		await expect(page.locator('.present .when')).toContainText(eventTitle(scene(1).event!, 'en'));

		await page.keyboard.press('ArrowRight');
		await expectScene(page, 2);
		await page.keyboard.press(' ');
		await expectScene(page, 3);
		await page.keyboard.press('PageDown');
		await expectScene(page, 4);
		await page.keyboard.press('ArrowLeft');
		await expectScene(page, 3);
		await page.keyboard.press('PageUp');
		await expectScene(page, 2);
		await page.keyboard.press('End');
		await expectScene(page, N);
		// Past the end nothing moves: the next step back lands on N - 1, not N.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowLeft');
		await expectScene(page, N - 1);
		await page.keyboard.press('Home');
		await expectScene(page, 1);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowRight');
		await expectScene(page, 2);
		// Moving between scenes is client-side: Back returns to the previous scene's URL.
		await page.goBack();
		await expectScene(page, 1);
		guard.expectNone();
	});

	test('a scene with a statement paragraph quotes it', async ({ page }) => {
		const n = STORY.scenes.findIndex((s) => s.paragraph) + 1;
		expect(n, 'the story has a scene with a paragraph').toBeGreaterThan(0);
		await openPresentation(page, `/present/${STORY.id}/${n}`);
		const pid = scene(n).paragraph!.split('#')[1]!;
		await expect(page.locator('.present blockquote .src')).toHaveText(`Statement, paragraph ${pid.replace(/^p/, '')}`);
		const translation = JSON.parse(readFileSync(root('data/documents/sco-2020-iis/document.json'), 'utf8')).translation
			.paragraphs as Record<string, string>;
		await expect(page.locator('.present blockquote p[lang="en"]')).toHaveText(translation[pid]!);
	});

	test('the Previous and Next buttons step too, and are disabled at the ends', async ({ page }) => {
		await openPresentation(page, `/present/${STORY.id}/1`);
		const prev = page.getByRole('button', { name: '← Previous' });
		const next = page.getByRole('button', { name: 'Next →' });
		await expect(prev).toBeDisabled();
		await next.click();
		await expectScene(page, 2);
		await prev.click();
		await expectScene(page, 1);
		await page.keyboard.press('End');
		await expectScene(page, N);
		await expect(next).toBeDisabled();
	});

	test('the Next button keeps the keyboard focus from scene to scene', async ({ page }) => {
		await openPresentation(page, `/present/${STORY.id}/1`);
		const next = page.getByRole('button', { name: 'Next →' });
		await next.focus();
		await page.keyboard.press('Enter');
		await expectScene(page, 2);
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
		await expectScene(page, 3);
	});

	test('/present/history/5 opens scene 5 directly', async ({ page }) => {
		await openPresentation(page, `/present/${STORY.id}/5`);
		await expectScene(page, 5);
		await page.keyboard.press('ArrowRight');
		await expectScene(page, 6);
	});

	test('Russian: /ru/present/history/3 in Russian, stepping stays under /ru', async ({ page }) => {
		await openPresentation(page, `/ru/present/${STORY.id}/3`);
		await expectScene(page, 3, 'ru');
		await page.keyboard.press('ArrowRight');
		await expectScene(page, 4, 'ru');
	});

	for (const l of ['en', 'ru'] as Locale[])
		test(`Esc leaves for the timeline with the scene's window, event and paragraph (${l})`, async ({ page }) => {
			const n = 5;
			const s = scene(n);
			await openPresentation(page, localized(`/present/${STORY.id}/${n}`, l));
			await expectScene(page, n, l);
			await page.keyboard.press('Escape');
			await expect(page).toHaveURL((url) => url.pathname === (l === 'en' ? '/' : '/ru'));
			const q = Object.fromEntries(new URL(page.url()).searchParams);
			expect(q).toEqual({
				event: s.event,
				from: day(startMs(s.window.from)),
				to: day(endMs(s.window.to) - 1),
				p: s.paragraph!.split('#')[1]
			});
			// And the timeline opens that event.
			await expect(page.locator('#panel-title')).toHaveText(eventTitle(s.event!, l));
		});

	test('an unknown scene number is a 404', async ({ page }) => {
		const response = await page.goto(`/present/${STORY.id}/${N + 1}`);
		expect(response?.status()).toBe(404);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/present/history/5 is prerendered with its caption, title and indicator', async ({ page }) => {
		expect(existsSync(root(`build/present/${STORY.id}/5.html`)), 'prerendered file').toBe(true);
		const response = await page.goto(`/present/${STORY.id}/5`);
		expect(response?.status()).toBe(200);
		await expect(progress(page)).toHaveText(UI.en.progress(5, N));
		await expect(heading(page)).toHaveText(scene(5).title!.en);
		await expect(caption(page)).toHaveText(scene(5).caption.en);
		await expect(page.locator('.present .when')).toContainText(eventTitle(scene(5).event!, 'en'));
	});

	test('/ru/present/history/5 is prerendered in Russian', async ({ page }) => {
		await page.goto(`/ru/present/${STORY.id}/5`);
		await expect(progress(page)).toHaveText(UI.ru.progress(5, N));
		await expect(heading(page)).toHaveText(scene(5).title!.ru);
		await expect(caption(page)).toHaveText(scene(5).caption.ru);
	});
});

// ---- Free mode ------------------------------------------------------------------------------

test.describe('free mode', () => {
	const linkedToP7 = EVENTS.filter((e) => e.paragraphs?.some((p) => p.ref === 'sco-2020-iis#p7'));

	test('?p=p7 steps through exactly the events linked to paragraph 7, in time order', async ({ page }) => {
		expect(linkedToP7.length).toBeGreaterThan(1);
		expect(linkedToP7.length).toBeLessThan(EVENTS.length);
		await openPresentation(page, '/present/free?p=p7');
		const total = linkedToP7.length;
		const seen: string[] = [];
		for (let i = 1; i <= total; i++) {
			await expect(progress(page)).toHaveText(UI.en.progress(i, total));
			await expect(heading(page)).toHaveText(linkedToP7[i - 1]!.title.en);
			if (i > 1) await expect(page).toHaveURL((url) => url.searchParams.get('i') === String(i) && url.searchParams.get('p') === 'p7');
			seen.push((await heading(page).textContent())!);
			await page.keyboard.press('ArrowRight');
		}
		expect(seen).toEqual(linkedToP7.map((e) => e.title.en));
		// The last press went nowhere.
		await expect(progress(page)).toHaveText(UI.en.progress(total, total));
		await page.keyboard.press('Home');
		await expect(progress(page)).toHaveText(UI.en.progress(1, total));
	});

	test('the Next button keeps the keyboard focus from scene to scene', async ({ page }) => {
		await openPresentation(page, '/present/free?p=p7');
		const next = page.getByRole('button', { name: 'Next →' });
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(progress(page)).toHaveText(UI.en.progress(2, linkedToP7.length));
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(progress(page)).toHaveText(UI.en.progress(3, linkedToP7.length));
		await expect(heading(page)).toHaveText(linkedToP7[2]!.title.en);
	});

	test('?i= opens a scene of the filtered list directly', async ({ page }) => {
		await openPresentation(page, '/present/free?p=p7&i=3');
		await expect(progress(page)).toHaveText(UI.en.progress(3, linkedToP7.length));
		await expect(heading(page)).toHaveText(linkedToP7[2]!.title.en);
	});

	test('without a filter every event is a scene', async ({ page }) => {
		await openPresentation(page, '/present/free');
		await expect(progress(page)).toHaveText(UI.en.progress(1, EVENTS.length));
		await expect(heading(page)).toHaveText(EVENTS[0]!.title.en);
		await page.keyboard.press('End');
		await expect(progress(page)).toHaveText(UI.en.progress(EVENTS.length, EVENTS.length));
		await expect(heading(page)).toHaveText(EVENTS[EVENTS.length - 1]!.title.en);
	});
});

// ---- Accessibility --------------------------------------------------------------------------

test.describe('axe-core', () => {
	const middle = Math.ceil(N / 2);
	const paths = ['/present', `/present/${STORY.id}/1`, `/present/${STORY.id}/${middle}`, `/present/${STORY.id}/${N}`, '/present/free', '/present/free?p=p7'];
	for (const l of ['en', 'ru'] as Locale[])
		for (const path of paths)
			test(`finds no violations on ${localized(path, l)}`, async ({ page }) => {
				if (path === '/present') await page.goto(localized(path, l));
				else await openPresentation(page, localized(path, l));
				await expectNoAxeViolations(page);
			});
});
