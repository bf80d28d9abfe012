// End-to-end tests of the phone-first layout, against the built site in real Chromium:
// - the first screen: at least 8 event marks lie wholly inside it on / and /ru at 375×812, and on
//   /embed at 320×480 and 375×640, with and without ?event= (not counting marks under the sheet);
// - no layout shift: the Cumulative Layout Shift over the first 2.5 s after load (no input) stays
//   under 0.02 on every route at 375 and 1280 px (the server renders the timeline with its final size);
// - on a phone the controls fold into one "Filters" button that says how many filters are active and
//   opens a sheet (a modal dialog: focus moves in, Escape closes it, focus returns);
// - on a phone the detail panel is a bottom sheet that keeps the selected mark in view above it and
//   closes with Escape, Back, its close button and a swipe down; focus is never hidden under it;
// - the embed's ?controls=none|compact|full, offered in the Embed dialog;
// - controls are at least 24×24 CSS px (WCAG 2.5.8).
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { failOnPageErrors, waitForTimeline } from './helpers';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Text = { en: string; ru: string };
type SourceEvent = { id: string; track: string; title: Text };
const EVENTS: SourceEvent[] = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[]);
const title = (id: string) => EVENTS.find((e) => e.id === id)!.title.en;
const STORY = (JSON.parse(readFileSync(root('data/stories/history.json'), 'utf8')) as { id: string }).id;
/** An event of the UN First Committee lane: too dense to draw one by one on a phone at full zoom. */
const DENSE = 'un-res-53-70';
/** An event of the regional lane, the last one: at the bottom of the plot. */
const LOW = EVENTS.filter((e) => e.track === 'regional').at(-1)!.id;

failOnPageErrors(test);
test.use({ reducedMotion: 'reduce' });

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function ready(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} status`).toBe(200);
	await waitForTimeline(page);
}

const mark = (page: Page, id: string) => page.locator(`.plot button.mark[data-id="${id}"]`);
const panelTitle = (page: Page) => page.locator('#panel-title');
const sheet = (page: Page) => page.locator('.sheet.can-sheet');

/**
 * Marks wholly inside the window as it is now (and above the bottom sheet, when one is open), and
 * whether the selected mark is among them.
 */
function firstScreen(page: Page) {
	return page.evaluate(() => {
		const s = document.querySelector('.sheet.can-sheet');
		const bottom = s && getComputedStyle(s).position === 'fixed' ? s.getBoundingClientRect().top : innerHeight;
		const inside = (b: Element) => {
			const r = b.getBoundingClientRect();
			return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= bottom;
		};
		const marks = [...document.querySelectorAll('.plot button.mark')];
		const selected = document.querySelector('.plot button.mark.selected');
		return { count: marks.filter(inside).length, selected: selected ? inside(selected) : null };
	});
}

// ---- The first screen ----------------------------------------------------------------------------

const FIRST_SCREENS: { path: string; width: number; height: number; event?: string }[] = [
	{ path: '/', width: 375, height: 812 },
	{ path: '/ru', width: 375, height: 812 },
	{ path: '/embed', width: 320, height: 480 },
	{ path: '/embed', width: 375, height: 640 },
	{ path: '/ru/embed', width: 320, height: 480 },
	{ path: '/embed', width: 320, height: 480, event: DENSE },
	{ path: '/embed', width: 375, height: 640, event: DENSE },
	{ path: '/embed', width: 320, height: 480, event: LOW },
	{ path: '/embed', width: 375, height: 640, event: LOW }
];

test.describe('the first screen', () => {
	for (const f of FIRST_SCREENS) {
		const path = f.event ? `${f.path}?event=${f.event}` : f.path;
		test(`${path} at ${f.width}×${f.height} shows at least 8 marks whole${f.event ? ', the selected one among them' : ''}`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width: f.width, height: f.height }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
			const page = await context.newPage();
			try {
				await ready(page, path);
				if (f.event) {
					await expect(panelTitle(page)).toHaveText(title(f.event));
					// The selected mark is drawn (its lane zoomed in if it was too dense) and above the sheet.
					await expect(mark(page, f.event)).toHaveClass(/\bselected\b/);
					await expect.poll(async () => (await firstScreen(page)).selected).toBe(true);
				}
				const { count } = await firstScreen(page);
				expect(count, `marks wholly in the first screen of ${path}`).toBeGreaterThanOrEqual(8);
			} finally {
				await context.close();
			}
		});
	}
});

// ---- Layout shift --------------------------------------------------------------------------------

const CLS_ROUTES = ['/', '/ru', '/documents/sco-2020-iis', '/events/un-res-53-70', '/concordance', '/embed', `/present/${STORY}/1`, '/present/free'];

test.describe('no layout shift', () => {
	for (const width of [375, 1280])
		for (const path of CLS_ROUTES)
			test(`CLS < 0.02 on ${path} at ${width} px`, async ({ browser }) => {
				const phone = width < 640;
				const context = await browser.newContext({ viewport: { width, height: phone ? 812 : 800 }, isMobile: phone, hasTouch: phone });
				const page = await context.newPage();
				try {
					await page.addInitScript(() => {
						const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
						w.__shifts = [];
						new PerformanceObserver((list) => {
							for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[])
								if (!e.hadRecentInput)
									w.__shifts.push({
										value: e.value,
										nodes: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName)))
									});
						}).observe({ type: 'layout-shift', buffered: true });
					});
					await page.goto(path, { waitUntil: 'load' });
					// The observation window: 2.5 s after load, without input (not an assertion on time).
					await page.waitForTimeout(2500);
					const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
					const cls = shifts.reduce((s, e) => s + e.value, 0);
					expect(cls, `layout shifts on ${path} at ${width} px: ${JSON.stringify(shifts)}`).toBeLessThan(0.02);
				} finally {
					await context.close();
				}
			});
});

// ---- The folded controls -------------------------------------------------------------------------

test.describe('on a phone, the controls', () => {
	test.use(PHONE);

	const filters = (page: Page) => page.getByRole('button', { name: /^Filters\b/ });
	const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search, tracks and filters' });

	test('fold into one "Filters" button beside the zoom buttons; its sheet is a modal dialog', async ({ page }) => {
		await ready(page, '/');
		// The toolbar is folded away: no lane toggle, paragraph filter or search box in view.
		await expect(page.getByRole('button', { name: 'SCO: show', exact: true })).toHaveCount(0);
		await expect(page.getByRole('combobox', { name: 'Statement paragraph' })).toHaveCount(0);
		for (const name of ['Zoom in', 'Zoom out', 'Show all']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
		const button = filters(page);
		await expect(button).toHaveAccessibleName('Filters');
		// The bar sits right above the plot.
		const bar = (await button.boundingBox())!;
		const plot = (await page.locator('.plot').boundingBox())!;
		expect(plot.y - (bar.y + bar.height)).toBeLessThan(16);

		await button.click();
		await expect(dialog(page)).toBeVisible();
		await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
		// Hide a lane and choose a paragraph: two filters.
		await dialog(page).getByRole('button', { name: 'ITU and Internet governance: show', exact: true }).click();
		await dialog(page).getByLabel('Statement paragraph').selectOption('sco-2020-iis#p7');
		await expect(page.locator('.plot .lane-label', { hasText: 'ITU and Internet governance' })).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(button).toBeFocused();
		await expect(button).toHaveAccessibleName('Filters 2');
		await expect(button).toHaveAccessibleDescription('2 active');
		await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('p7');

		// "Done" closes it too, and focus returns.
		await button.click();
		await expect(dialog(page)).toBeVisible();
		await dialog(page).getByRole('button', { name: 'Clear filters' }).click();
		await dialog(page).getByRole('button', { name: 'Done' }).click();
		await expect(dialog(page)).toBeHidden();
		await expect(button).toBeFocused();
		await expect(button).toHaveAccessibleName('Filters 1');
	});

	test('hold the search box: an event chosen there closes the sheet and opens its panel', async ({ page }) => {
		await ready(page, '/');
		await filters(page).click();
		const box = dialog(page).getByRole('combobox', { name: 'Search events and the statement' });
		await box.fill('74/247');
		await dialog(page).getByRole('listbox').getByRole('option').first().click();
		await expect(dialog(page)).toBeHidden();
		await expect(panelTitle(page)).toHaveText(title('un-res-74-247'));
		// …and the actions: export, embed, presentations.
		await filters(page).click();
		await expect(dialog(page).getByRole('button', { name: 'Export' })).toBeVisible();
		await expect(dialog(page).getByRole('button', { name: 'Embed', exact: true })).toBeVisible();
		await expect(dialog(page).getByRole('link', { name: 'Presentations' })).toBeVisible();
	});

	test('are at least 24×24 CSS px (WCAG 2.5.8)', async ({ page }) => {
		await ready(page, '/?event=sco-2011-code-of-conduct');
		await expect(panelTitle(page)).toBeVisible();
		const small = async () =>
			page.evaluate(() =>
				// Controls (links within text are exempt): the header's, the timeline's, the sheets'.
				[...document.querySelectorAll<HTMLElement>('.site-header a, .timeline button, .timeline select, .page-actions a, dialog button, dialog select')]
					.filter((el) => !el.closest('.plot') && !el.closest('.view-list') && !el.closest('.statement-side') && el.getClientRects().length)
					.map((el) => ({ el: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, r: el.getBoundingClientRect() }))
					.filter(({ r }) => r.width < 24 || r.height < 24)
					.map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`)
			);
		expect(await small()).toEqual([]);
		await filters(page).click();
		await expect(dialog(page)).toBeVisible();
		expect(await small()).toEqual([]);
	});
});

// ---- The bottom sheet ----------------------------------------------------------------------------

test.describe('on a phone, the detail panel', () => {
	test.use(PHONE);

	/** The sheet's top and the mark's box, for "the mark is above the sheet". */
	async function markAboveSheet(page: Page, id: string) {
		const s = (await sheet(page).boundingBox())!;
		const m = (await mark(page, id).boundingBox())!;
		return m.y >= 0 && m.y + m.height <= s.y;
	}

	test('is a bottom sheet that keeps the selected mark in view above it; Escape closes it', async ({ page }) => {
		await ready(page, '/');
		await mark(page, LOW).scrollIntoViewIfNeeded();
		await mark(page, LOW).click();
		await expect(panelTitle(page)).toHaveText(title(LOW));
		const box = (await sheet(page).boundingBox())!;
		// Fixed to the bottom of the screen, at most half of it.
		expect(Math.round(box.y + box.height)).toBe(812);
		expect(box.height).toBeLessThanOrEqual(812 / 2 + 1);
		expect(box.width).toBe(375);
		await expect.poll(() => markAboveSheet(page, LOW)).toBe(true);

		await page.keyboard.press('Escape');
		await expect(panelTitle(page)).toHaveCount(0);
		await expect(mark(page, LOW)).toBeFocused();
	});

	test('closes with Back, with its close button and with a swipe down', async ({ page }) => {
		const id = 'sco-2011-code-of-conduct';
		await ready(page, '/');
		await mark(page, id).click();
		await expect(panelTitle(page)).toHaveText(title(id));
		await page.goBack();
		await expect(panelTitle(page)).toHaveCount(0);
		expect(new URL(page.url()).searchParams.get('event')).toBeNull();

		await mark(page, id).click();
		await expect(panelTitle(page)).toBeVisible();
		await sheet(page).getByRole('button', { name: 'Close' }).click();
		await expect(panelTitle(page)).toHaveCount(0);

		await mark(page, id).click();
		await expect(panelTitle(page)).toBeVisible();
		const grip = (await sheet(page).locator('.grip').boundingBox())!;
		const x = grip.x + grip.width / 2;
		const y = grip.y + grip.height / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', yy: number) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: yy, id: 1, radiusX: 2, radiusY: 2, force: 1 }] });
		await touch('touchStart', y);
		for (let i = 1; i <= 8; i++) await touch('touchMove', y + i * 25);
		await touch('touchEnd', y + 200);
		await cdp.detach();
		await expect(panelTitle(page)).toHaveCount(0);
	});

	test('a short swipe leaves it open', async ({ page }) => {
		await ready(page, '/?event=sco-2011-code-of-conduct');
		await expect(panelTitle(page)).toBeVisible();
		const grip = (await sheet(page).locator('.grip').boundingBox())!;
		await page.mouse.move(grip.x + grip.width / 2, grip.y + 5);
		await page.mouse.down();
		await page.mouse.move(grip.x + grip.width / 2, grip.y + 15, { steps: 3 });
		await page.mouse.up();
		await expect(panelTitle(page)).toBeVisible();
	});

	test('never hides the focused element under it (WCAG 2.4.11)', async ({ page }) => {
		await ready(page, '/?event=sco-2011-code-of-conduct');
		await expect(panelTitle(page)).toBeFocused();
		const seen = new Set<string>();
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			const r = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				const s = document.querySelector('.sheet.can-sheet');
				// Past the page's last control, Tab leaves the document (it has no focus then) and comes
				// back to the skip link at its start: the walk through the page is over.
				if (el?.classList.contains('skip-link')) return 'wrapped' as const;
				if (!el || !s || el === document.body || !document.hasFocus()) return null;
				const inSheet = s.contains(el);
				const box = el.getBoundingClientRect();
				const top = s.getBoundingClientRect().top;
				// 2.4.11 (AA): not entirely hidden. A control taller than the room above the sheet (the
				// plot) shows its top part; a small one is scrolled wholly clear of it.
				const small = box.height < top / 2;
				const hidden = box.bottom <= 0 || box.top >= top - 1 || (small && box.bottom > top + 1);
				return { what: `${el.tagName} ${el.textContent?.trim().slice(0, 20)}`, inSheet, hidden: !inSheet && hidden };
			});
			if (r === 'wrapped') break;
			if (!r) continue;
			seen.add(r.inSheet ? 'in' : 'out');
			expect(r.hidden, `focused ${r.what} is under the sheet`).toBe(false);
		}
		// Focus went through the sheet and then out of it, to the page under it.
		expect([...seen].sort()).toEqual(['in', 'out']);
	});
});

// ---- The embed's controls ------------------------------------------------------------------------

test.describe('?controls= on /embed', () => {
	const laneToggle = (page: Page) => page.getByRole('button', { name: 'SCO: show', exact: true });
	const filters = (page: Page) => page.getByRole('button', { name: /^Filters\b/ });

	const CASES: { query: string; width: number; toolbar: boolean; folded: boolean; legend: boolean }[] = [
		{ query: '', width: 1280, toolbar: true, folded: false, legend: true },
		{ query: '', width: 375, toolbar: false, folded: true, legend: true },
		{ query: '?controls=compact', width: 1280, toolbar: false, folded: true, legend: true },
		{ query: '?controls=full', width: 375, toolbar: true, folded: false, legend: true },
		{ query: '?controls=none', width: 1280, toolbar: false, folded: false, legend: false },
		{ query: '?controls=none', width: 375, toolbar: false, folded: false, legend: false }
	];
	for (const c of CASES)
		test(`/embed${c.query} at ${c.width} px: ${c.toolbar ? 'the toolbar' : c.folded ? 'the "Filters" button' : 'no controls'}`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width: c.width, height: 700 }, reducedMotion: 'reduce' });
			const page = await context.newPage();
			try {
				await ready(page, `/embed${c.query}`);
				await expect(laneToggle(page)).toHaveCount(c.toolbar ? 1 : 0);
				if (c.toolbar) await expect(laneToggle(page)).toBeVisible();
				await expect(filters(page)).toBeVisible({ visible: c.folded });
				await expect(page.getByRole('note', { name: 'Legend' })).toHaveCount(c.legend ? 1 : 0);
				// Zooming and panning still work without controls (keys on the plot).
				if (!c.toolbar && !c.folded) {
					const before = await page.locator('.plot').getAttribute('aria-label');
					await page.locator('.plot').focus();
					await page.keyboard.press('+');
					await expect(page.locator('.plot')).not.toHaveAttribute('aria-label', before!);
				}
			} finally {
				await context.close();
			}
		});

	test('the Embed dialog offers the controls, and the snippet asks for them', async ({ page }) => {
		await ready(page, '/');
		await page.getByRole('button', { name: 'Embed', exact: true }).click();
		const dialog = page.getByRole('dialog');
		const src = async () => new URL(/src="([^"]+)"/.exec(await dialog.locator('#embed-fixed').inputValue())![1]!.replace(/&amp;/g, '&'));
		const group = dialog.getByRole('group', { name: 'Controls' });
		await expect(group.getByRole('radio')).toHaveCount(4);
		await expect(group.getByRole('radio', { name: /^Automatic/ })).toBeChecked();
		expect((await src()).searchParams.has('controls')).toBe(false);
		await group.getByRole('radio', { name: /^None/ }).check();
		expect((await src()).searchParams.get('controls')).toBe('none');
		await expect(dialog.locator('#embed-responsive')).toHaveValue(/controls=none/);
		await group.getByRole('radio', { name: /^Compact/ }).check();
		expect((await src()).searchParams.get('controls')).toBe('compact');
		// The address it gives opens the embed with those controls.
		await ready(page, (await src()).pathname + (await src()).search);
		await expect(filters(page)).toBeVisible();
		await expect(laneToggle(page)).toHaveCount(0);
	});
});
