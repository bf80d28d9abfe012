// End-to-end tests of the statement reader (/documents/<id>), the concordance (/concordance) and the
// search box, against the built site: reading modes and their persistence, paragraph anchors, copy
// links, links to the timeline, the selected event's paragraphs, search in both languages, axe-core
// scans in both languages and colour schemes, and the pages without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, withoutPageScripts, failOnPageErrors } from './helpers';

const DOC = '/documents/sco-2020-iis';
type Locale = 'en' | 'ru';
const LOCALES: Locale[] = ['en', 'ru'];
const localized = (path: string, l: Locale) => (l === 'en' ? path : `/ru${path}`);
/** href('/') in each locale, as the pages write it. */
const HOME = { en: '/', ru: '/ru' };

const UI = {
	en: {
		ru: 'Russian original',
		en: 'English translation',
		both: 'Side by side',
		search: 'Search events and the statement',
		events: 'Events',
		paragraphs: 'Statement paragraphs',
		paragraph: 'Paragraph'
	},
	ru: {
		ru: 'Русский оригинал',
		en: 'Английский перевод',
		both: 'Оба рядом',
		search: 'Поиск по событиям и заявлению',
		events: 'События',
		paragraphs: 'Пункты заявления',
		paragraph: 'Пункт'
	}
};

async function open(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} status`).toBe(200);
}

/** Waits until the page has hydrated (the reader's language switch works only then). */
async function openReader(page: Page, path: string, l: Locale = 'en') {
	await open(page, path);
	await expect(page.getByRole('group', { name: l === 'en' ? 'Text' : 'Текст' })).toBeVisible();
	// The switch is rendered on the server too: a key pressed before hydration changes only the radio.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const paragraph = (page: Page, n: number) => page.locator(`section#p${n}`);

// Every test fails on an uncaught error in the page.
const pageErrors = failOnPageErrors(test);

test.describe('the reader', () => {
	test('shows both languages by default, then one, and keeps the choice in the URL and in storage', async ({ page }) => {
		await openReader(page, DOC);
		await expect(paragraph(page, 1).locator('p[lang="ru"]')).toBeVisible();
		await expect(paragraph(page, 1).locator('p[lang="en"]')).toBeVisible();
		await expect(page.getByRole('radio', { name: UI.en.both })).toBeChecked();

		await page.getByRole('radio', { name: UI.en.ru }).check();
		await expect(page).toHaveURL(/\?mode=ru$/);
		await expect(paragraph(page, 1).locator('p[lang="en"]')).toHaveCount(0);
		await expect(paragraph(page, 1).locator('p[lang="ru"]')).toBeVisible();

		// The address alone restores it.
		await page.reload();
		await expect(page.getByRole('radio', { name: UI.en.ru })).toBeChecked();
		await expect(paragraph(page, 10).locator('p[lang="en"]')).toHaveCount(0);

		// Without ?mode, the stored choice applies and is written into the address.
		await openReader(page, DOC);
		await expect(page.getByRole('radio', { name: UI.en.ru })).toBeChecked();
		await expect(page).toHaveURL(/\?mode=ru$/);

		// The URL wins over the stored choice.
		await openReader(page, `${DOC}?mode=en`);
		await expect(page.getByRole('radio', { name: UI.en.en })).toBeChecked();
		await expect(paragraph(page, 4).locator('p[lang="ru"]')).toHaveCount(0);
		await expect(paragraph(page, 4).locator('p[lang="en"]')).toBeVisible();

		// Back to both: the default leaves the address clean.
		await page.getByRole('radio', { name: UI.en.both }).check();
		await expect(page).toHaveURL(new RegExp(`${DOC}$`));
		await expect(paragraph(page, 4).locator('p[lang]')).toHaveCount(2);
	});

	test('the language switch is a keyboard-operable radio group', async ({ page }) => {
		await openReader(page, DOC);
		await page.getByRole('radio', { name: UI.en.both }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: UI.en.ru })).toBeChecked();
		await expect(page).toHaveURL(/\?mode=ru$/);
	});

	test('a deep link to #p7 scrolls to paragraph 7 and highlights it', async ({ page }) => {
		await openReader(page, `${DOC}#p7`);
		await expect(paragraph(page, 7)).toBeInViewport();
		await expect(paragraph(page, 7)).toHaveClass(/\btargeted\b/);
		await expect(paragraph(page, 1)).not.toHaveClass(/\btargeted\b/);
		// The highlight is visible: the paragraph gets a background unlike its neighbours.
		const bg = (n: number) => paragraph(page, n).evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(await bg(7)).not.toBe(await bg(6));
	});

	for (const l of LOCALES)
		test(`${localized(DOC, l)}: an event under a paragraph links to it on the timeline`, async ({ page }) => {
			await open(page, localized(DOC, l));
			const title = l === 'en' ? 'Resolution 74/247' : 'Резолюция 74/247';
			const link = paragraph(page, 7).getByRole('link', { name: new RegExp(`^${title}`) });
			await expect(link).toHaveAttribute('href', `${HOME[l]}?event=un-res-74-247`);
			await expect(paragraph(page, 7).getByRole('link', { name: new RegExp(`${title}`) }).last()).toHaveAttribute(
				'href',
				localized('/events/un-res-74-247', l)
			);
		});

	test('linked events are listed in time order with dates and a sparkline', async ({ page }) => {
		await open(page, DOC);
		const dates = await paragraph(page, 7)
			.locator('.linked li time')
			.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThan(2);
		const sortable = dates.map((d) => d.padEnd(10, '-00'));
		expect([...sortable].sort()).toEqual(sortable);
		const spark = paragraph(page, 7).getByRole('img', { name: /When the linked events happened/ });
		await expect(spark).toBeVisible();
		await expect(spark.locator('rect')).toHaveCount(dates.length);
	});

	test('pointing at or focusing a linked event marks its key phrase in the paragraph', async ({ page }) => {
		await openReader(page, DOC);
		const p7 = paragraph(page, 7);
		await expect(p7.locator('.texts mark')).toHaveCount(0);
		await expect(p7.locator('.phrase').first()).toBeVisible();
		await p7.getByRole('link', { name: /^Resolution 74\/247/ }).hover();
		await expect(p7.locator('p[lang="en"] mark').first()).toBeVisible();
		await page.mouse.move(0, 0);
		await expect(p7.locator('.texts mark')).toHaveCount(0);
		await p7.getByRole('link', { name: /^Resolution 74\/247/ }).focus();
		await expect(p7.locator('p[lang="ru"] mark').first()).toBeVisible();
	});

	test('"Copy link" copies the paragraph address and announces it', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openReader(page, DOC);
		await paragraph(page, 3).getByRole('button', { name: 'Copy link to paragraph 3' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link to paragraph 3 copied' })).toHaveCount(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${DOC}#p3`);
	});

	test('a selected event highlights its paragraphs and offers to go there instead of scrolling the page', async ({ page }) => {
		await openReader(page, `${DOC}?event=un-res-74-247`);
		await expect(paragraph(page, 7)).toHaveClass(/\bhighlighted\b/);
		await expect(paragraph(page, 7).getByText('linked to the selected event')).toBeVisible();
		await expect(paragraph(page, 2)).not.toHaveClass(/\bhighlighted\b/);
		// Its key phrase is marked in both languages.
		await expect(paragraph(page, 7).locator('p[lang="ru"] mark').first()).toBeVisible();
		await expect(paragraph(page, 7).locator('p[lang="en"] mark').first()).toBeVisible();
		// The page was not moved; a button offers the way.
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		const go = page.getByRole('button', { name: /Go to paragraph 7/ });
		await go.click();
		await expect(paragraph(page, 7)).toBeInViewport();
		await expect(paragraph(page, 7)).toBeFocused();
		await expect(go).toHaveCount(0);
	});
});

test.describe('the concordance', () => {
	for (const l of LOCALES)
		test(`${localized('/concordance', l)} is a table of paragraphs by tracks whose cells link to the filtered timeline`, async ({ page }) => {
			await open(page, localized('/concordance', l));
			const table = page.getByRole('table');
			await expect(table.locator('caption')).toBeVisible();
			await expect(table.locator('th[scope="row"]')).toHaveCount(10);
			await expect(table.locator('thead th[scope="col"]')).toHaveCount(9);
			const name = l === 'en' ? /in UN cybercrime track, paragraph 7: show on the timeline/ : /«ООН: противодействие киберпреступности», пункт 7/;
			const cell = table.getByRole('link', { name });
			await expect(cell).toHaveAttribute('href', `${HOME[l]}?p=p7&tracks=un-cybercrime`);
			await expect(table.getByRole('link', { name: `${UI[l].paragraph} 7`, exact: true })).toHaveAttribute(
				'href',
				`${localized(DOC, l)}#p7`
			);
		});

	test('cells can be reached with the keyboard', async ({ page }) => {
		await open(page, '/concordance');
		const first = page.getByRole('table').getByRole('link').first();
		await first.focus();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('table').getByRole('link').nth(1)).toBeFocused();
	});
});

test.describe('search', () => {
	const listbox = (page: Page, l: Locale = 'en') => page.getByRole('listbox', { name: UI[l].search });
	const group = (page: Page, name: string, l: Locale = 'en') => listbox(page, l).getByRole('group', { name });

	test('"74/247" finds the resolution, marks the match, and Enter opens it on the timeline', async ({ page }) => {
		await open(page, '/concordance');
		const box = page.getByRole('combobox', { name: UI.en.search });
		await box.fill('74/247');
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		const first = group(page, UI.en.events).getByRole('option').first();
		await expect(first).toContainText('Resolution 74/247');
		await expect(first.locator('mark').first()).toHaveText('74/247');
		await expect(page).toHaveURL(/\?q=74%2F247$/);
		await box.press('ArrowDown');
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
		expect(pageErrors(page)).toEqual([]);
		await box.press('Enter');
		await expect(page).toHaveURL(/\/\?event=un-res-74-247$/);
		// The timeline page is another suite's subject: its own errors are not checked here.
		pageErrors(page).length = 0;
	});

	for (const l of LOCALES)
		test(`"Будапештской" finds the Budapest Convention events (${l})`, async ({ page }) => {
			await open(page, localized('/concordance', l));
			await page.getByRole('combobox', { name: UI[l].search }).fill('Будапештской');
			const events = group(page, UI[l].events, l);
			const signature = l === 'en' ? 'Budapest Convention opened for signature' : 'Будапештская конвенция открыта для подписания';
			const force = l === 'en' ? 'Budapest Convention enters into force' : 'Будапештская конвенция вступает в силу';
			// Anchored: the two additional protocols are also "… to the Budapest Convention opened for signature".
			await expect(events.getByRole('option', { name: new RegExp(`^${signature}`) })).toHaveCount(1);
			await expect(events.getByRole('option', { name: new RegExp(`^${force}`) })).toHaveCount(1);
			await expect(events.locator('mark', { hasText: /^Будапештская$/ }).first()).toBeVisible();
		});

	test('"cybercrime" finds the cybercrime events and the paragraph about a convention', async ({ page }) => {
		await open(page, '/concordance');
		await page.getByRole('combobox', { name: UI.en.search }).fill('cybercrime');
		const events = group(page, UI.en.events).getByRole('option');
		await expect(events).toHaveCount(8);
		await expect(events.filter({ hasText: 'Resolution 74/247' })).toHaveCount(1);
		await expect(events.filter({ hasText: 'Convention on Cybercrime' }).first()).toBeVisible();
	});

	test('Russian paragraphs are found with other word endings, and Enter opens the paragraph', async ({ page }) => {
		await open(page, '/ru/concordance');
		const box = page.getByRole('combobox', { name: UI.ru.search });
		await box.fill('управлении интернетом');
		const p8 = group(page, UI.ru.paragraphs, 'ru').getByRole('option', { name: /Пункт 8/ });
		await expect(p8).toHaveCount(1);
		await p8.click();
		await expect(page).toHaveURL(/\/ru\/documents\/sco-2020-iis#p8$/);
		await expect(paragraph(page, 8)).toBeInViewport();
	});

	test('"/" focuses the search box, arrows wrap, Escape closes the list and then clears it', async ({ page }) => {
		await open(page, '/concordance');
		const box = page.getByRole('combobox', { name: UI.en.search });
		await expect(box).toBeVisible();
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await expect(box).toBeFocused();
		await page.keyboard.type('Budapest');
		const options = listbox(page).getByRole('option');
		// The search engine loads when the box is first focused: the list shows once it has.
		await expect(options.first()).toBeVisible();
		const count = await options.count();
		expect(count).toBeGreaterThan(1);
		await box.press('ArrowUp');
		await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
		await box.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await box.press('Escape');
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(listbox(page)).toBeHidden();
		await box.press('Escape');
		await expect(box).toHaveValue('');
		await expect(page).toHaveURL(/\/concordance$/);
	});

	test('the query is read from ?q= when the page opens', async ({ page }) => {
		await open(page, '/concordance?q=cybercrime');
		await expect(page.getByRole('combobox', { name: UI.en.search })).toHaveValue('cybercrime');
	});
});

test.describe('accessibility', () => {
	for (const scheme of ['light', 'dark'] as const)
		test.describe(`${scheme} colour scheme`, () => {
			test.use({ colorScheme: scheme });
			for (const l of LOCALES) {
				test(`axe: the reader (${l}) with a selected event, and without JavaScript`, async ({ page }) => {
					await openReader(page, `${localized(DOC, l)}?event=un-res-74-247#p7`, l);
					await expectNoAxeViolations(page);
					await withoutPageScripts(page);
					await open(page, localized(DOC, l));
					await expectNoAxeViolations(page);
				});
				test(`axe: the concordance (${l}) with search results open, and without JavaScript`, async ({ page }) => {
					await open(page, localized('/concordance', l));
					await page.getByRole('combobox', { name: UI[l].search }).fill('cybercrime');
					await expect(page.getByRole('listbox', { name: UI[l].search })).toBeVisible();
					await expectNoAxeViolations(page);
					await withoutPageScripts(page);
					await open(page, localized('/concordance', l));
					await expectNoAxeViolations(page);
				});
			}
		});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the reader shows both languages, anchors and event links, and no controls that need scripts', async ({ page }) => {
		await open(page, DOC);
		for (let n = 1; n <= 10; n++) {
			await expect(paragraph(page, n).locator('p[lang="ru"]')).toBeVisible();
			await expect(paragraph(page, n).locator('p[lang="en"]')).toBeVisible();
			await expect(paragraph(page, n).getByRole('link', { name: `Paragraph ${n}`, exact: true })).toHaveAttribute('href', `#p${n}`);
		}
		await expect(paragraph(page, 7).getByRole('link', { name: /^Resolution 74\/247/ })).toHaveAttribute('href', '/?event=un-res-74-247');
		await expect(page.getByRole('main').getByRole('radio')).toHaveCount(0);
		await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
	});

	test('a deep link to #p7 scrolls to it and marks it as the target', async ({ page }) => {
		await open(page, `${DOC}#p7`);
		await expect(paragraph(page, 7)).toBeInViewport();
		await expect(page.locator('#p7:target')).toHaveCount(1);
	});

	test('the concordance table is complete and the search box is hidden', async ({ page }) => {
		await open(page, '/ru/concordance');
		await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(10);
		await expect(page.getByRole('table').getByRole('link', { name: /пункт 7: показать на хронологии/ }).first()).toBeVisible();
		await expect(page.locator('form.searchbox')).toHaveAttribute('hidden', '');
		await expect(page.locator('form.searchbox')).toBeHidden();
	});
});
