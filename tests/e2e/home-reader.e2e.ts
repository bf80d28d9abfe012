// End-to-end tests of the statement reader and the search box on the home page (/), against the
// built site: a selected event highlights its paragraph in the reader beside the timeline (with its
// key phrases marked, brought into view inside the reader's own column, the page itself not
// scrolled); a linked event chosen in the reader is selected on the timeline; search finds events
// and paragraphs in both languages, opens events, filters the timeline by a paragraph and keeps its
// query in ?q=; the reader's language is kept in ?mode=; on a phone the reader is a collapsed
// disclosure under the timeline; axe-core finds nothing with the panel and the results open.
// Expected values are read from data/ (not from the app).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, guardExternalRequests, failOnPageErrors, waitForTimeline } from './helpers';

// ---- Expected content, read from the source data --------------------------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const DOC_ID = 'sco-2020-iis';
type Locale = 'en' | 'ru';
type Text = { en: string; ru: string };
type SourceEvent = { id: string; title: Text; paragraphs?: { ref: string }[] };

const EVENTS: SourceEvent[] = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[]);
const title = (id: string, l: Locale) => {
	const e = EVENTS.find((x) => x.id === id);
	if (!e) throw new Error(`no event ${id} in data/events`);
	return e.title[l];
};
const linkedTo = (pid: string) =>
	new Set(EVENTS.filter((e) => e.paragraphs?.some((p) => p.ref === `${DOC_ID}#${pid}`)).map((e) => e.id));
const paragraphsOf = (id: string) => [
	...new Set(EVENTS.find((e) => e.id === id)!.paragraphs!.map((p) => p.ref.split('#')[1]!))
];

const RES = 'un-res-74-247';
const AGREEMENT = 'sco-2009-iis-agreement';

const UI = {
	en: {
		search: 'Search events and the statement',
		events: 'Events',
		paragraphs: 'Statement paragraphs',
		paragraph: 'Paragraph',
		statement: 'The statement',
		text: 'Text',
		ru: 'Russian original',
		en: 'English translation',
		both: 'Side by side'
	},
	ru: {
		search: 'Поиск по событиям и заявлению',
		events: 'События',
		paragraphs: 'Пункты заявления',
		paragraph: 'Пункт',
		statement: 'Заявление',
		text: 'Текст',
		ru: 'Русский оригинал',
		en: 'Английский перевод',
		both: 'Оба рядом'
	}
};
const HOME = { en: '/', ru: '/ru' };

// ---- Page helpers ----------------------------------------------------------------------------

async function openHome(page: Page, l: Locale = 'en', query = '') {
	const response = await page.goto(`${HOME[l]}${query}`);
	expect(response?.status(), `${HOME[l]}${query} status`).toBe(200);
	await waitForTimeline(page);
}

const mark = (page: Page, id: string) => page.locator(`.plot button.mark[data-id="${id}"]`);
const panelTitle = (page: Page) => page.locator('#panel-title');
/** The reader beside the timeline (a <details>). */
const side = (page: Page) => page.locator('details.statement-side');
const paragraph = (page: Page, pid: string) => side(page).locator(`section#${pid}`);
/** The search box appears once the timeline is ready (it is loaded lazily). */
const searchBox = (page: Page, l: Locale = 'en') => page.getByRole('combobox', { name: UI[l].search });
const listbox = (page: Page, l: Locale = 'en') => page.getByRole('listbox', { name: UI[l].search });
const group = (page: Page, name: string, l: Locale = 'en') => listbox(page, l).getByRole('group', { name });
/** The timeline's "Statement paragraph" filter (a <select> of the paragraphs). */
const paragraphFilter = (page: Page) =>
	page.locator('.toolbar select').filter({ has: page.locator(`option[value="${DOC_ID}#p1"]`) });
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * Whether the paragraph's heading ("Paragraph N") can be seen: inside the window and the reader's
 * own scrolling column, and not covered (e.g. by the reader's sticky summary).
 */
function inReaderView(page: Page, pid: string) {
	return paragraph(page, pid).evaluate((el) => {
		const link = el.querySelector('.pnum a')!;
		const r = link.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return !!hit && link.contains(hit);
	});
}

// Every test fails on an uncaught error in the page.
failOnPageErrors(test);

test.use({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });

// ---- Event → paragraph -----------------------------------------------------------------------

test.describe('a selected event in the reader', () => {
	test('clicking the mark of Res. 74/247 highlights paragraph 7 in the reader and scrolls only the reader', async ({ page }) => {
		expect(paragraphsOf(RES)).toEqual(['p7']);
		const guard = guardExternalRequests(page);
		await openHome(page);
		await expect(side(page)).toHaveAttribute('open', '');
		await expect(paragraph(page, 'p7')).not.toHaveClass(/\bhighlighted\b/);
		await expect(paragraph(page, 'p7').locator('.texts mark')).toHaveCount(0);
		// The reader starts at the top of its column: paragraph 7 is out of its view.
		expect(await inReaderView(page, 'p7')).toBe(false);
		const before = await scrollY(page);

		await mark(page, RES).click();
		await expect(panelTitle(page)).toHaveText(title(RES, 'en'));
		expect(query(page).event).toBe(RES);

		const p7 = paragraph(page, 'p7');
		await expect(p7).toHaveClass(/\bhighlighted\b/);
		await expect(p7.getByText('linked to the selected event')).toBeVisible();
		for (const other of ['p1', 'p6', 'p8', 'p10']) await expect(paragraph(page, other)).not.toHaveClass(/\bhighlighted\b/);
		// The key phrases are marked, in the reader's language (English on /).
		await expect(p7.locator('p[lang="en"] mark').first()).toBeVisible();
		await expect(p7.locator('p[lang="ru"]')).toHaveCount(0);
		await expect(side(page).locator('.texts mark')).toHaveCount(await p7.locator('.texts mark').count());

		// Brought into view inside the reader's column; the page did not move.
		await expect.poll(() => inReaderView(page, 'p7')).toBe(true);
		expect(await side(page).evaluate((d) => d.scrollTop)).toBeGreaterThan(0);
		expect(await scrollY(page)).toBe(before);
		guard.expectNone();
	});

	for (const l of ['en', 'ru'] as const)
		test(`${HOME[l]}?event=${RES} opens the panel and the reader at paragraph 7 (${l})`, async ({ page }) => {
			await openHome(page, l, `?event=${RES}`);
			await expect(panelTitle(page)).toHaveText(title(RES, l));
			const p7 = paragraph(page, 'p7');
			await expect(p7).toHaveClass(/\bhighlighted\b/);
			await expect(p7.locator(`p[lang="${l}"] mark`).first()).toBeVisible();
			await expect(p7.locator(`p[lang="${l === 'en' ? 'ru' : 'en'}"]`)).toHaveCount(0);
			await expect.poll(() => inReaderView(page, 'p7')).toBe(true);
			expect(await scrollY(page)).toBe(0);
		});
});

// ---- Paragraph → event -----------------------------------------------------------------------

test.describe('a linked event chosen in the reader', () => {
	test('is selected on the timeline without leaving /', async ({ page }) => {
		expect(linkedTo('p10').has(AGREEMENT)).toBe(true);
		await openHome(page);
		const link = paragraph(page, 'p10').getByRole('link', { name: new RegExp(`^${title(AGREEMENT, 'en')}`) });
		await expect(link).toHaveAttribute('href', `/?event=${AGREEMENT}`);
		await link.click();
		await expect(panelTitle(page)).toHaveText(title(AGREEMENT, 'en'));
		await expect(mark(page, AGREEMENT)).toHaveAttribute('aria-pressed', 'true');
		expect(new URL(page.url()).pathname).toBe('/');
		expect(query(page).event).toBe(AGREEMENT);
		// The reader shows it as the selected event.
		await expect(link).toHaveAttribute('aria-current', 'true');
		await expect(paragraph(page, 'p10')).toHaveClass(/\bhighlighted\b/);
		// It is a client-side selection, not a navigation: Back closes the panel and stays on /.
		await page.goBack();
		await expect(panelTitle(page)).toHaveCount(0);
		expect(new URL(page.url()).pathname).toBe('/');
	});

	test('works with the keyboard in Russian', async ({ page }) => {
		await openHome(page, 'ru');
		const link = paragraph(page, 'p10').getByRole('link', { name: new RegExp(`^${title(AGREEMENT, 'ru')}`) });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(panelTitle(page)).toHaveText(title(AGREEMENT, 'ru'));
		expect(new URL(page.url()).pathname).toBe('/ru');
		expect(query(page).event).toBe(AGREEMENT);
	});
});

// ---- Search on / -----------------------------------------------------------------------------

test.describe('search on /', () => {
	test('"74/247" lists the resolution first, and choosing it opens its panel; the query is in ?q=', async ({ page }) => {
		await openHome(page);
		const box = searchBox(page);
		await box.fill('74/247');
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText(title(RES, 'en'));
		await expect(group(page, UI.en.events).getByRole('option').first()).toContainText(title(RES, 'en'));
		await expect.poll(() => query(page).q).toBe('74/247');
		await first.click();
		await expect(panelTitle(page)).toHaveText(title(RES, 'en'));
		await expect(mark(page, RES)).toHaveAttribute('aria-pressed', 'true');
		await expect(listbox(page)).toBeHidden();
		expect(new URL(page.url()).pathname).toBe('/');
		expect(query(page)).toMatchObject({ event: RES, q: '74/247' });
		await expect(paragraph(page, 'p7')).toHaveClass(/\bhighlighted\b/);
	});

	test('"Будапештской" on /ru finds the Budapest Convention events, and Enter opens the first', async ({ page }) => {
		await openHome(page, 'ru');
		const box = searchBox(page, 'ru');
		await box.fill('Будапештской');
		const events = group(page, UI.ru.events, 'ru');
		for (const id of ['cc-budapest-signature', 'cc-budapest-eif'])
			await expect(events.getByRole('option', { name: new RegExp(title(id, 'ru')) })).toHaveCount(1);
		await expect(events.locator('mark', { hasText: /^Будапештская$/ }).first()).toBeVisible();
		const firstTitle = await events.getByRole('option').first().textContent();
		const id = ['cc-budapest-signature', 'cc-budapest-eif'].find((x) => firstTitle!.includes(title(x, 'ru')))!;
		await box.press('Enter');
		await expect(panelTitle(page)).toHaveText(title(id, 'ru'));
		expect(new URL(page.url()).pathname).toBe('/ru');
		expect(query(page).event).toBe(id);
	});

	test('choosing a paragraph filters the timeline by it and brings it into view in the reader', async ({ page }) => {
		const linked = linkedTo('p4');
		expect(linked.size).toBeGreaterThan(1);
		await openHome(page);
		expect(await inReaderView(page, 'p4')).toBe(false);
		const before = await scrollY(page);
		await searchBox(page).fill('international law');
		const option = group(page, UI.en.paragraphs).getByRole('option', { name: /Paragraph 4:/ });
		await expect(option).toHaveCount(1);
		await option.click();

		await expect(paragraphFilter(page)).toHaveValue(`${DOC_ID}#p4`);
		await expect(page.locator('.plot button.mark.hit')).toHaveCount(linked.size);
		const hits = await page.locator('.plot button.mark.hit').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id!));
		expect(new Set(hits)).toEqual(linked);
		await expect(paragraph(page, 'p4')).toHaveClass(/\bhighlighted\b/);
		await expect.poll(() => inReaderView(page, 'p4')).toBe(true);
		// The filtered timeline stays where it was: only the reader's column moved.
		expect(await scrollY(page)).toBe(before);
		await expect.poll(() => query(page)).toMatchObject({ p: 'p4', q: 'international law' });
		expect(new URL(page.url()).pathname).toBe('/');
	});

	test('"ИКТ" on /ru: a paragraph result filters the timeline by that paragraph', async ({ page }) => {
		await openHome(page, 'ru');
		await searchBox(page, 'ru').fill('ИКТ');
		const option = group(page, UI.ru.paragraphs, 'ru').getByRole('option').first();
		const name = (await option.textContent()) ?? '';
		const n = /§(\d+)/.exec(name)?.[1];
		expect(n, `paragraph number in "${name}"`).toBeTruthy();
		const pid = `p${n}`;
		await option.click();
		await expect(paragraphFilter(page)).toHaveValue(`${DOC_ID}#${pid}`);
		const linked = linkedTo(pid);
		await expect(page.locator('.plot button.mark.hit')).toHaveCount(linked.size);
		await expect(paragraph(page, pid)).toHaveClass(/\bhighlighted\b/);
		await expect.poll(() => inReaderView(page, pid)).toBe(true);
		await expect.poll(() => query(page)).toMatchObject({ p: pid, q: 'ИКТ' });
	});

	test('/?q=cybercrime shows the results for it', async ({ page }) => {
		await openHome(page, 'en', '?q=cybercrime');
		const box = searchBox(page);
		await expect(box).toHaveValue('cybercrime');
		await box.focus();
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expect(group(page, UI.en.events).getByRole('option', { name: new RegExp(title(RES, 'en').replace('/', '\\/')) })).toHaveCount(1);
		// Clearing the box clears ?q=.
		await box.press('Escape');
		await box.press('Escape');
		await expect(box).toHaveValue('');
		await expect.poll(() => query(page).q).toBeUndefined();
	});

	test('the search box appearing after the timeline moves nothing below it', async ({ page }) => {
		// Hold the idle callback that loads the box until the page has been measured.
		await page.addInitScript(() => {
			const held: (() => void)[] = [];
			Object.assign(window, { releaseIdle: () => held.splice(0).forEach((f) => f()) });
			window.requestIdleCallback = (cb) => {
				held.push(() => cb({ didTimeout: false, timeRemaining: () => 50 }));
				return 0;
			};
		});
		await openHome(page);
		await expect(searchBox(page)).toHaveCount(0);
		const plotTop = () => page.locator('.plot').evaluate((el) => el.getBoundingClientRect().top);
		const before = await plotTop();
		// The box's component may register its idle callback after a first release (it loads after
		// the timeline is interactive): release until it shows.
		await expect(async () => {
			await page.evaluate(() => (window as unknown as { releaseIdle: () => void }).releaseIdle());
			await expect(searchBox(page)).toBeVisible({ timeout: 500 });
		}).toPass({ timeout: 10_000 });
		expect(await plotTop()).toBe(before);
	});

	test('the "/" key focuses the search box', async ({ page }) => {
		await openHome(page);
		const box = searchBox(page);
		await expect(box).toBeVisible();
		await expect(box).not.toBeFocused();
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await expect(box).toBeFocused();
		await page.keyboard.type('Budapest');
		await expect(box).toHaveValue('Budapest');
		await expect(listbox(page)).toBeVisible();
	});
});

// ---- The reader's language on / --------------------------------------------------------------

test.describe('the reader mode on /', () => {
	test('starts in the page language; "Russian original" and "Side by side" go into ?mode= and survive a reload', async ({ page, browser }) => {
		await openHome(page);
		const text = side(page).getByRole('group', { name: UI.en.text });
		await expect(text.getByRole('radio', { name: UI.en.en })).toBeChecked();
		await expect(paragraph(page, 'p1').locator('p[lang]')).toHaveCount(1);

		await text.getByRole('radio', { name: UI.en.ru }).check();
		await expect.poll(() => query(page).mode).toBe('ru');
		await expect(paragraph(page, 'p1').locator('p[lang="ru"]')).toBeVisible();
		await expect(paragraph(page, 'p1').locator('p[lang="en"]')).toHaveCount(0);
		await page.reload();
		await waitForTimeline(page);
		await expect(text.getByRole('radio', { name: UI.en.ru })).toBeChecked();
		await expect(paragraph(page, 'p1').locator('p[lang="en"]')).toHaveCount(0);

		await text.getByRole('radio', { name: UI.en.both }).check();
		await expect.poll(() => query(page).mode).toBe('both');
		await expect(paragraph(page, 'p1').locator('p[lang]')).toHaveCount(2);
		await page.reload();
		await waitForTimeline(page);
		await expect(text.getByRole('radio', { name: UI.en.both })).toBeChecked();
		await expect(paragraph(page, 'p1').locator('p[lang]')).toHaveCount(2);

		// The address alone carries it (a fresh browser without the stored choice).
		const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		try {
			const fresh = await other.newPage();
			await fresh.goto(page.url());
			await waitForTimeline(fresh);
			await expect(side(fresh).getByRole('radio', { name: UI.en.both })).toBeChecked();
			await expect(paragraph(fresh, 'p1').locator('p[lang]')).toHaveCount(2);
		} finally {
			await other.close();
		}
	});

	test('the mode is kept when the timeline rewrites the URL', async ({ page }) => {
		await openHome(page, 'en', '?mode=ru');
		await expect(side(page).getByRole('radio', { name: UI.en.ru })).toBeChecked();
		await mark(page, RES).click();
		await expect(panelTitle(page)).toBeVisible();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => query(page).from).toBeTruthy();
		expect(query(page)).toMatchObject({ mode: 'ru', event: RES });
		await expect(paragraph(page, 'p7').locator('p[lang="ru"] mark').first()).toBeVisible();
	});
});

// ---- Phone -----------------------------------------------------------------------------------

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

	test('the reader is a collapsed disclosure under the timeline that opens on demand', async ({ page }) => {
		await openHome(page);
		const summary = side(page).locator(':scope > summary');
		await expect(summary).toHaveText(UI.en.statement);
		await expect(side(page)).not.toHaveAttribute('open');
		await expect(paragraph(page, 'p1')).toBeHidden();
		// Under the timeline, not beside it.
		const plot = (await page.locator('.plot').boundingBox())!;
		const box = (await side(page).boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(plot.y + plot.height);
		expect(box.width).toBeGreaterThan(300);

		await summary.click();
		await expect(side(page)).toHaveAttribute('open', '');
		await expect(paragraph(page, 'p1').locator('p[lang="en"]')).toBeVisible();
		await expect(side(page).getByRole('group', { name: UI.en.text })).toBeVisible();
		await summary.click();
		await expect(paragraph(page, 'p1')).toBeHidden();
	});

	test('the panel of a selected event is a bottom sheet that leaves its mark in view', async ({ page }) => {
		await openHome(page, 'en', '?event=sco-2011-code-of-conduct');
		await expect(panelTitle(page)).toBeVisible();
		const panel = page.locator('aside.panel');
		const p = (await panel.boundingBox())!;
		const vp = page.viewportSize()!;
		// At the bottom of the screen...
		expect(p.y + p.height).toBeGreaterThan(vp.height - 2);
		// ...under the selected mark, which stays wholly in view above it.
		const mk = (await mark(page, 'sco-2011-code-of-conduct').boundingBox())!;
		expect(mk.y).toBeGreaterThanOrEqual(0);
		expect(mk.y + mk.height).toBeLessThanOrEqual(p.y);
	});

	test('a paragraph chosen in search opens the reader and scrolls the page to it', async ({ page }) => {
		await openHome(page);
		// On a phone the search box is in the sheet of the folded controls; choosing closes it.
		await page.getByRole('button', { name: /^Filters\b/ }).click();
		await searchBox(page).fill('international law');
		await group(page, UI.en.paragraphs).getByRole('option', { name: /Paragraph 4:/ }).click();
		await expect(page.getByRole('dialog', { name: 'Search, tracks and filters' })).toBeHidden();
		await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('p4');
		await expect(side(page)).toHaveAttribute('open', '');
		await expect(paragraph(page, 'p4')).toHaveClass(/\bhighlighted\b/);
		await expect.poll(() => inReaderView(page, 'p4')).toBe(true);
	});

	test('a selected event does not open the reader by itself', async ({ page }) => {
		// Zoomed in far enough for the resolution's mark to be drawn at this width.
		await openHome(page, 'en', '?from=2019-06-01&to=2020-06-01');
		await mark(page, RES).click();
		await expect(panelTitle(page)).toHaveText(title(RES, 'en'));
		await expect(side(page)).not.toHaveAttribute('open');
		// Opened later (from the keyboard: the panel's sheet covers the bottom of the screen, and focus
		// brings the summary above it), it shows the selection.
		await side(page).locator(':scope > summary').focus();
		await page.keyboard.press('Enter');
		await expect(paragraph(page, 'p7')).toHaveClass(/\bhighlighted\b/);
	});
});

// ---- Accessibility -----------------------------------------------------------------------------

for (const scheme of ['light', 'dark'] as const)
	test.describe(`axe-core on /, ${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const l of ['en', 'ru'] as const)
			test(`no violations with the panel open and search results open (${l})`, async ({ page }) => {
				const guard = guardExternalRequests(page);
				await openHome(page, l, `?event=${RES}`);
				await expect(panelTitle(page)).toBeVisible();
				await searchBox(page, l).fill(l === 'en' ? 'convention' : 'конвенции');
				await expect(listbox(page, l)).toBeVisible();
				await expect(group(page, UI[l].paragraphs, l)).toBeVisible();
				await expectNoAxeViolations(page);
				guard.expectNone();
			});
	});
