// End-to-end tests of the interactive timeline on / in real Chromium, against the built site:
// wheel, drag, pinch and keyboard zoom/pan change the axis and the URL; "Show all" and 0 fit
// everything; marks open the detail panel (pointer and keyboard), which quotes the statement
// paragraphs and steps through time; Escape and Back close it; the URL round-trips the view; lanes
// hide and show; the paragraph filter highlights linked events; arrow keys move between marks;
// ?data= loads a valid dataset and reports invalid ones; invalid link parameters are ignored; and
// axe-core finds nothing with the panel open and closed, in light and dark colour schemes.
// Expected values are read from data/ (not from the app).
import { test, expect, type Page, type Route } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, guardExternalRequests, startMs, endMs, waitForTimeline } from './helpers';

// ---- Expected content, read from the source data --------------------------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const DOC_ID = 'sco-2020-iis';

type Text = { en: string; ru: string };
type SourceEvent = {
	id: string;
	track: string;
	start: string;
	end?: string;
	title: Text;
	paragraphs?: { ref: string }[];
};
type SourceTrack = { id: string; label: Text };

const TRACKS: SourceTrack[] = JSON.parse(readFileSync(root('data/tracks.json'), 'utf8'));
const TRANSLATION = JSON.parse(readFileSync(root(`data/documents/${DOC_ID}/document.json`), 'utf8'))
	.translation as { paragraphs: Record<string, string> };


/** All events in the app's time order: start, then end, then id. */
const EVENTS: (SourceEvent & { t0: number; t1: number })[] = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[])
	.map((e) => ({ ...e, t0: startMs(e.start), t1: endMs(e.end ?? e.start) }))
	.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byId = (id: string) => {
	const e = EVENTS.find((x) => x.id === id);
	if (!e) throw new Error(`no event ${id} in data/events`);
	return e;
};
const trackLabel = (id: string) => TRACKS.find((t) => t.id === id)!.label.en;
const linkedTo = (pid: string) =>
	new Set(EVENTS.filter((e) => e.paragraphs?.some((p) => p.ref === `${DOC_ID}#${pid}`)).map((e) => e.id));

// ---- Page helpers ----------------------------------------------------------------------------

// Short month names of British English (CLDR: "Sept" for September).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Longer than the URL debounce (300 ms) of the view -> URL sync. */
const URL_DEBOUNCE_MS = 450;

async function openTimeline(page: Page, query = '') {
	const response = await page.goto(`/${query}`);
	expect(response?.status(), `/${query} status`).toBe(200);
	await waitForTimeline(page);
}

const plot = (page: Page) => page.getByRole('group', { name: /^Timeline plot, / });
const mark = (page: Page, id: string) => page.locator(`.plot button.mark[data-id="${id}"]`);
const panelTitle = (page: Page) => page.locator('#panel-title');
const viewList = (page: Page) => page.getByRole('navigation', { name: 'Events in the current view' });
const laneToggle = (page: Page, trackId: string) =>
	page.getByRole('button', { name: `${trackLabel(trackId)}: show`, exact: true });
const paragraphSelect = (page: Page) => page.getByLabel('Statement paragraph');

/** Tick labels of the time axis (without the "today" marker). */
const axisLabels = (page: Page) => page.locator('svg.axis g:not(.today) > text').allTextContents();

/** The visible window as the plot's accessible name says it ("Timeline plot, 1 Jan 2005 to …"). */
async function plotWindow(page: Page): Promise<[number, number]> {
	const name = (await plot(page).getAttribute('aria-label')) ?? '';
	const m = /^Timeline plot, (\d{1,2}) (\w{3,4}) (\d{4}) to (\d{1,2}) (\w{3,4}) (\d{4})$/.exec(name);
	if (!m) throw new Error(`unexpected plot label: ${name}`);
	const day = (d: string, mon: string, y: string) => {
		if (!MONTHS.includes(mon)) throw new Error(`unexpected month in the plot label: ${name}`);
		return Date.UTC(+y, MONTHS.indexOf(mon), +d);
	};
	return [day(m[1]!, m[2]!, m[3]!), day(m[4]!, m[5]!, m[6]!)];
}
const spanOf = (w: [number, number]) => w[1] - w[0];
const DAY = 86_400_000;

/** The URL's query as a plain object (after the debounced replaceState). */
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** ids of the marks drawn in the plot, in DOM order. */
const drawnIds = (page: Page) => page.locator('.plot button.mark').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id!));

/** ids the screen-reader list links to (its links go to /events/<id>). */
const listedIds = (page: Page) =>
	viewList(page)
		.locator('.track-group')
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/events\//, '')));

const activeId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);

/** Centre of the time axis strip (inside the plot, never on a mark). */
async function axisCentre(page: Page) {
	const box = (await page.locator('svg.axis').boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.use({ reducedMotion: 'reduce' });

// ---- Zoom and pan ----------------------------------------------------------------------------

test.describe('zoom and pan', () => {
	test('the wheel zooms in around the pointer, changes the axis ticks and writes from/to into the URL', async ({ page }) => {
		const guard = guardExternalRequests(page);
		await openTimeline(page);
		const before = await plotWindow(page);
		const ticksBefore = await axisLabels(page);
		expect(query(page)).toEqual({});
		// The whole period is in view: the ticks are years.
		expect(ticksBefore.length).toBeGreaterThan(3);
		for (const t of ticksBefore) expect(t).toMatch(/^\d{4}$/);

		const c = await axisCentre(page);
		await page.mouse.move(c.x, c.y);
		// d3-zoom: deltaY -500 px → a factor 2 per wheel event; three events → 8×.
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -500);

		await expect.poll(async () => spanOf(await plotWindow(page))).toBeLessThan(spanOf(before) / 6);
		const after = await plotWindow(page);
		// Zoomed around the pointer at the middle: the centre stays (within a few days of rounding).
		expect(Math.abs((after[0] + after[1]) / 2 - (before[0] + before[1]) / 2)).toBeLessThan(spanOf(before) / 50);
		expect(await axisLabels(page)).not.toEqual(ticksBefore);

		// After the debounce the URL holds the window, to the day.
		await expect.poll(() => query(page).from, { timeout: 3000 }).toBeDefined();
		const q = query(page);
		expect(startMs(q.from!)).toBe(after[0]);
		expect(Math.abs(endMs(q.to!) - after[1])).toBeLessThanOrEqual(DAY);

		// Wheel down zooms back out.
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 500);
		await expect.poll(async () => spanOf(await plotWindow(page))).toBeGreaterThan(spanOf(before) * 0.9);
		guard.expectNone();
	});

	test('dragging the plot pans: the window moves earlier by the dragged distance, its span unchanged', async ({ page }) => {
		await openTimeline(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => query(page).from).toBeDefined();
		const before = await plotWindow(page);
		const ticksBefore = await axisLabels(page);
		const width = (await plot(page).boundingBox())!.width;

		const c = await axisCentre(page);
		await page.mouse.move(c.x, c.y);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) await page.mouse.move(c.x + i * 30, c.y);
		await page.mouse.up();

		// 300 px to the right = 300 / width of the span earlier.
		const expectedShift = (300 / width) * spanOf(before);
		await expect.poll(async () => (await plotWindow(page))[0]).toBeLessThan(before[0] - expectedShift * 0.8);
		const after = await plotWindow(page);
		expect(Math.abs(before[0] - after[0] - expectedShift)).toBeLessThan(expectedShift * 0.1);
		expect(Math.abs(spanOf(after) - spanOf(before))).toBeLessThanOrEqual(2 * DAY);
		expect(await axisLabels(page)).not.toEqual(ticksBefore);
		await expect.poll(() => query(page).from).toBe(new Date(after[0]).toISOString().slice(0, 10));
		// A drag is not a click: no event was opened.
		await expect(panelTitle(page)).toHaveCount(0);
	});

	test('the + / − buttons and keys zoom, arrow keys on the plot pan', async ({ page }) => {
		await openTimeline(page);
		const full = await plotWindow(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => spanOf(await plotWindow(page)) / spanOf(full)).toBeCloseTo(0.5, 1);

		await plot(page).focus();
		await page.keyboard.press('+');
		await expect.poll(async () => spanOf(await plotWindow(page)) / spanOf(full)).toBeCloseTo(0.25, 1);
		const zoomed = await plotWindow(page);
		await page.keyboard.press('ArrowRight');
		// A quarter of the span later.
		await expect
			.poll(async () => ((await plotWindow(page))[0] - zoomed[0]) / spanOf(zoomed))
			.toBeCloseTo(0.25, 1);
		await page.keyboard.press('-');
		await expect.poll(async () => spanOf(await plotWindow(page)) / spanOf(full)).toBeCloseTo(0.5, 1);
	});

	test('"Show all" and the 0 key restore the full range after zooming', async ({ page }) => {
		await openTimeline(page);
		const full = await plotWindow(page);
		const fullTicks = await axisLabels(page);

		const c = await axisCentre(page);
		await page.mouse.move(c.x - 200, c.y);
		// On a loaded CI machine a wheel gesture was sometimes not seen (1 run in 3, cause not found);
		// the gesture is repeated until it zooms (same bound).
		await expect(async () => {
			for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -500);
			await expect.poll(async () => spanOf(await plotWindow(page)), { timeout: 2000 }).toBeLessThan(spanOf(full) / 3);
		}).toPass({ timeout: 15_000 });
		await expect.poll(() => query(page).from).toBeDefined();

		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(() => plotWindow(page)).toEqual(full);
		expect(await axisLabels(page)).toEqual(fullTicks);
		// The full window is the default: from/to leave the URL.
		await expect.poll(() => query(page)).toEqual({});

		await page.mouse.move(c.x + 200, c.y);
		await expect(async () => {
			for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -500);
			await expect.poll(async () => spanOf(await plotWindow(page)), { timeout: 2000 }).toBeLessThan(spanOf(full) / 3);
		}).toPass({ timeout: 15_000 });
		await plot(page).focus();
		await page.keyboard.press('0');
		await expect.poll(() => plotWindow(page)).toEqual(full);
		expect(await axisLabels(page)).toEqual(fullTicks);
		await expect.poll(() => query(page)).toEqual({});
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });

	type Point = { x: number; y: number };
	async function touch(page: Page, steps: Point[][]) {
		const cdp = await page.context().newCDPSession(page);
		const points = (ps: Point[]) => ps.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 2, radiusY: 2, force: 1 }));
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]!) });
		for (const s of steps.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(s) });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}

	/** Scrolls the page so that the plot starts at the top of the viewport. */
	async function plotToTop(page: Page) {
		await plot(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
	}

	test('a two-finger pinch zooms in', async ({ page }) => {
		await openTimeline(page);
		const before = await plotWindow(page);
		await plotToTop(page);
		const c = await axisCentre(page);
		const steps: Point[][] = [];
		for (let i = 0; i <= 10; i++) {
			const d = 20 + i * 10; // half the distance between the fingers: 20 → 120 px
			steps.push([
				{ x: c.x - d, y: c.y },
				{ x: c.x + d, y: c.y }
			]);
		}
		await touch(page, steps);
		// Fingers 6× further apart: the visible span shrinks accordingly.
		await expect.poll(async () => spanOf(await plotWindow(page))).toBeLessThan(spanOf(before) / 3);
		await expect.poll(() => query(page).from).toBeDefined();
	});

	test('a vertical one-finger swipe over the plot scrolls the page and does not pan or zoom', async ({ page }) => {
		await openTimeline(page);
		const before = await plotWindow(page);
		await plotToTop(page);
		const box = (await page.locator('.plot .body').boundingBox())!;
		const x = box.x + box.width / 2;
		const y0 = Math.min(box.y + box.height - 20, 780);
		expect(y0 - box.y).toBeGreaterThan(300);
		const scrolled = await page.evaluate(() => scrollY);
		const steps: Point[][] = [];
		for (let i = 0; i <= 12; i++) steps.push([{ x, y: y0 - i * 25 }]);
		await touch(page, steps);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 100);
		expect(await plotWindow(page)).toEqual(before);
	});
});

// ---- The detail panel --------------------------------------------------------------------------

test.describe('the detail panel', () => {
	test('clicking a mark opens the panel with the title and the quoted statement paragraphs', async ({ page }) => {
		const id = 'sco-2011-code-of-conduct';
		const e = byId(id);
		const pids = e.paragraphs!.map((p) => p.ref.split('#')[1]!);
		expect(pids.length).toBeGreaterThan(1);

		await openTimeline(page);
		await expect(panelTitle(page)).toHaveCount(0);
		await mark(page, id).click();
		await expect(panelTitle(page)).toHaveText(e.title.en);
		await expect(mark(page, id)).toHaveAttribute('aria-pressed', 'true');
		await expect(mark(page, id)).toHaveClass(/\bselected\b/);
		expect(query(page).event).toBe(id);

		const panel = page.getByRole('complementary', { name: e.title.en });
		await expect(panel.getByRole('heading', { name: 'Statement paragraphs' })).toBeVisible();
		const items = panel.locator('ul.quotes > li');
		await expect(items).toHaveCount(pids.length);
		for (const [i, pid] of pids.entries()) {
			const item = items.nth(i);
			await expect(item.getByRole('link', { name: `Paragraph ${pid.slice(1)}` })).toHaveAttribute(
				'href',
				`/documents/${DOC_ID}#${pid}`
			);
			await expect(item.locator('blockquote')).toHaveText(TRANSLATION.paragraphs[pid]!);
		}
		await expect(panel.getByRole('link', { name: "Open the event's page" })).toHaveAttribute('href', `/events/${id}`);
	});

	test('Tab reaches a mark, Enter opens it, Escape closes the panel and focus returns to the mark', async ({ page }) => {
		await openTimeline(page);
		const first = (await drawnIds(page))[0]!;
		await plot(page).focus();
		await page.keyboard.press('Tab');
		expect(await activeId(page)).toBe(first);
		await page.keyboard.press('Enter');
		await expect(panelTitle(page)).toHaveText(byId(first).title.en);
		await expect(panelTitle(page)).toBeFocused();
		expect(query(page).event).toBe(first);

		await page.keyboard.press('Escape');
		await expect(panelTitle(page)).toHaveCount(0);
		await expect.poll(() => query(page).event).toBeUndefined();
		await expect(mark(page, first)).toBeFocused();
	});

	test('Escape on a focused mark closes the panel too', async ({ page }) => {
		const id = 'un-res-53-70';
		await openTimeline(page);
		await mark(page, id).click();
		await expect(panelTitle(page)).toHaveText(byId(id).title.en);
		await mark(page, id).focus();
		await page.keyboard.press('Escape');
		await expect(panelTitle(page)).toHaveCount(0);
	});

	test('"Next event" and "Previous event" step through time across lanes', async ({ page }) => {
		const i = EVENTS.findIndex((e) => e.id === 'un-res-53-70');
		const [prev, cur, next, next2] = [EVENTS[i - 1]!, EVENTS[i]!, EVENTS[i + 1]!, EVENTS[i + 2]!];
		// The steps cross lanes (otherwise this would not test "across lanes").
		expect(new Set([prev.track, cur.track, next.track]).size).toBeGreaterThan(1);

		await openTimeline(page);
		await mark(page, cur.id).click();
		await expect(panelTitle(page)).toHaveText(cur.title.en);
		const nextButton = page.getByRole('button', { name: 'Next event →' });
		const prevButton = page.getByRole('button', { name: '← Previous event' });

		await nextButton.click();
		await expect(panelTitle(page)).toHaveText(next.title.en);
		expect(query(page).event).toBe(next.id);
		await nextButton.click();
		await expect(panelTitle(page)).toHaveText(next2.title.en);
		await prevButton.click();
		await prevButton.click();
		await expect(panelTitle(page)).toHaveText(cur.title.en);
		await prevButton.click();
		await expect(panelTitle(page)).toHaveText(prev.title.en);
		expect(query(page).event).toBe(prev.id);
		// The first event has no previous one.
		if (i - 1 === 0) await expect(prevButton).toBeDisabled();
	});

	test('Back closes a panel opened by a click, Forward reopens it', async ({ page }) => {
		const id = 'sco-2015-code-of-conduct';
		await openTimeline(page);
		await mark(page, id).click();
		await expect(panelTitle(page)).toHaveText(byId(id).title.en);
		expect(query(page).event).toBe(id);

		await page.goBack();
		await expect(panelTitle(page)).toHaveCount(0);
		expect(query(page).event).toBeUndefined();
		await expect(mark(page, id)).toHaveAttribute('aria-pressed', 'false');

		await page.goForward();
		await expect(panelTitle(page)).toHaveText(byId(id).title.en);
		expect(query(page).event).toBe(id);
	});

	test('stepping to other events keeps one history entry: Back closes the panel, Forward shows the last one', async ({ page }) => {
		const i = EVENTS.findIndex((e) => e.id === 'un-res-53-70');
		const [cur, next, next2] = [EVENTS[i]!, EVENTS[i + 1]!, EVENTS[i + 2]!];
		await openTimeline(page);
		await mark(page, cur.id).click();
		await page.getByRole('button', { name: 'Next event →' }).click();
		await page.getByRole('button', { name: 'Next event →' }).click();
		await expect(panelTitle(page)).toHaveText(next2.title.en);
		expect(next.id).not.toBe(next2.id);

		await page.goBack();
		await expect(panelTitle(page)).toHaveCount(0);
		expect(query(page).event).toBeUndefined();
		await page.goForward();
		await expect(panelTitle(page)).toHaveText(next2.title.en);

		// The close button closes it for good (it goes back in history, to the page before it opened).
		await page.getByRole('button', { name: 'Close', exact: true }).click();
		await expect(panelTitle(page)).toHaveCount(0);
		expect(query(page).event).toBeUndefined();
		await expect(mark(page, next2.id)).toBeFocused();
	});

	test('a panel opened by the link closes with the close button and stays closed', async ({ page }) => {
		const id = 'un-res-53-70';
		await openTimeline(page, `?event=${id}`);
		await expect(panelTitle(page)).toHaveText(byId(id).title.en);
		await page.getByRole('button', { name: 'Next event →' }).click();
		await expect(panelTitle(page)).toHaveText(EVENTS[EVENTS.findIndex((e) => e.id === id) + 1]!.title.en);
		await page.getByRole('button', { name: 'Close', exact: true }).click();
		await expect(panelTitle(page)).toHaveCount(0);
		await expect.poll(() => query(page).event).toBeUndefined();
		await page.waitForTimeout(URL_DEBOUNCE_MS);
		await expect(panelTitle(page)).toHaveCount(0);
	});
});

// ---- The URL -----------------------------------------------------------------------------------

test.describe('the URL', () => {
	const ID = 'sco-2011-code-of-conduct';
	const SHOWN = ['sco', 'un-ict'];
	const URL_QUERY = `?event=${ID}&from=2005-01-01&to=2015-12-31&tracks=${SHOWN.join(',')}&p=p4`;

	test('a shared link loads as it was: panel open, window, hidden lanes and filter', async ({ page }) => {
		await openTimeline(page, URL_QUERY);
		await expect(panelTitle(page)).toHaveText(byId(ID).title.en);
		expect(await plotWindow(page)).toEqual([Date.UTC(2005, 0, 1), Date.UTC(2016, 0, 1)]);
		expect(await axisLabels(page)).toContain('2010');

		for (const t of TRACKS)
			await expect(laneToggle(page, t.id)).toHaveAttribute('aria-pressed', String(SHOWN.includes(t.id)));
		await expect(page.locator('.plot .lane-label')).toHaveText(SHOWN.map(trackLabel));
		const drawn = await drawnIds(page);
		expect(drawn.length).toBeGreaterThan(0);
		for (const d of drawn) expect(SHOWN).toContain(byId(d).track);

		await expect(paragraphSelect(page)).toHaveValue(`${DOC_ID}#p4`);
		const p4 = linkedTo('p4');
		for (const d of drawn) await expect(mark(page, d)).toHaveClass(p4.has(d) ? /\bhit\b/ : /\bdim\b/);

		// Nothing to report, and the URL stays as it was (already canonical).
		await expect(page.locator('.notices')).toHaveText('');
		await page.waitForTimeout(URL_DEBOUNCE_MS);
		expect(new URL(page.url()).search).toBe(URL_QUERY);
	});

	test('after interactions the URL reflects them, and reloading it restores the view', async ({ page }) => {
		// In view after zooming in around the centre of the whole period.
		const OPEN = 'sco-2015-code-of-conduct';
		await openTimeline(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await laneToggle(page, 'itu-ig').click();
		await laneToggle(page, 'regional').click();
		await paragraphSelect(page).selectOption(`${DOC_ID}#p7`);
		await mark(page, OPEN).click();
		await expect(panelTitle(page)).toHaveText(byId(OPEN).title.en);

		const shown = TRACKS.map((t) => t.id).filter((t) => t !== 'itu-ig' && t !== 'regional');
		await expect.poll(() => query(page).tracks).toBe(shown.join(','));
		const q = query(page);
		expect(q).toMatchObject({ event: OPEN, p: 'p7' });
		expect(q.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(q.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const windowBefore = await plotWindow(page);
		expect(startMs(q.from!)).toBe(windowBefore[0]);
		const ticks = await axisLabels(page);

		await page.reload();
		await waitForTimeline(page);
		await expect(panelTitle(page)).toHaveText(byId(OPEN).title.en);
		expect(await plotWindow(page)).toEqual([startMs(q.from!), endMs(q.to!)]);
		expect(Math.abs(endMs(q.to!) - windowBefore[1])).toBeLessThanOrEqual(DAY);
		expect(await axisLabels(page)).toEqual(ticks);
		await expect(laneToggle(page, 'itu-ig')).toHaveAttribute('aria-pressed', 'false');
		await expect(laneToggle(page, 'regional')).toHaveAttribute('aria-pressed', 'false');
		await expect(laneToggle(page, 'sco')).toHaveAttribute('aria-pressed', 'true');
		await expect(paragraphSelect(page)).toHaveValue(`${DOC_ID}#p7`);
	});

	test('invalid parameters are ignored with a notice, and the defaults apply', async ({ page }) => {
		await openTimeline(page);
		const full = await plotWindow(page);
		const drawn = await drawnIds(page);

		await openTimeline(page, '?event=nope&from=garbage');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.notices')).toContainText(
			'Some link parameters were ignored: event=nope (unknown event id); from=garbage (unparsable date)'
		);
		await expect(panelTitle(page)).toHaveCount(0);
		expect(await plotWindow(page)).toEqual(full);
		expect(await drawnIds(page)).toEqual(drawn);
		// The ignored parameters leave the URL.
		await expect.poll(() => new URL(page.url()).search).toBe('');
	});
});

// ---- Lanes, filters, keyboard ------------------------------------------------------------------

test.describe('lanes and filters', () => {
	test('a lane toggle hides and shows the lane in the plot and in the screen-reader list, keeping the selection', async ({ page }) => {
		const hidden = 'itu-ig';
		const selected = 'un-res-53-70';
		const inLane = EVENTS.filter((e) => e.track === hidden).map((e) => e.id);
		expect(inLane.length).toBeGreaterThan(0);

		await openTimeline(page);
		await mark(page, selected).click();
		await expect(panelTitle(page)).toHaveText(byId(selected).title.en);
		const drawn = await drawnIds(page);
		const drawnInLane = drawn.filter((id) => inLane.includes(id));
		expect(drawnInLane.length).toBeGreaterThan(0);
		const toggle = laneToggle(page, hidden);
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => listedIds(page)).toContain(drawnInLane[0]);
		await expect(viewList(page).getByRole('heading', { name: new RegExp(`^${trackLabel(hidden)} `) })).toHaveCount(1);

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(page.locator('.plot .lane-label', { hasText: trackLabel(hidden) })).toHaveCount(0);
		for (const id of inLane) await expect(mark(page, id)).toHaveCount(0);
		await expect.poll(async () => (await listedIds(page)).filter((id) => inLane.includes(id))).toEqual([]);
		await expect(viewList(page).getByRole('heading', { name: new RegExp(`^${trackLabel(hidden)} `) })).toHaveCount(0);
		// The open event (another lane) stays open.
		await expect(panelTitle(page)).toHaveText(byId(selected).title.en);
		await expect(mark(page, selected)).toHaveAttribute('aria-pressed', 'true');

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.plot .lane-label', { hasText: trackLabel(hidden) })).toHaveCount(1);
		expect(await drawnIds(page)).toEqual(drawn);
		await expect.poll(() => listedIds(page)).toContain(drawnInLane[0]);
	});

	test('the last shown lane cannot be hidden', async ({ page }) => {
		await openTimeline(page);
		for (const t of TRACKS.slice(1)) await laneToggle(page, t.id).click();
		await laneToggle(page, TRACKS[0]!.id).click();
		await expect(laneToggle(page, TRACKS[0]!.id)).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.plot .lane-label')).toHaveText([TRACKS[0]!.label.en]);
	});

	test('the paragraph filter highlights the linked events, dims the rest and narrows the list', async ({ page }) => {
		const linked = linkedTo('p7');
		expect(linked.size).toBeGreaterThan(2);

		await openTimeline(page);
		const option = paragraphSelect(page).locator(`option[value="${DOC_ID}#p7"]`);
		await expect(option).toHaveText(/^§7: /);
		await paragraphSelect(page).selectOption({ label: (await option.textContent())! });
		await expect(paragraphSelect(page)).toHaveValue(`${DOC_ID}#p7`);

		const drawn = await drawnIds(page);
		expect(drawn).toHaveLength(EVENTS.length);
		await expect(page.locator('.plot button.mark.hit')).toHaveCount(linked.size);
		await expect(page.locator('.plot button.mark.dim')).toHaveCount(EVENTS.length - linked.size);
		const hits = await page.locator('.plot button.mark.hit').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id!));
		expect(new Set(hits)).toEqual(linked);

		await expect.poll(async () => new Set(await listedIds(page))).toEqual(linked);
		await expect.poll(() => query(page).p).toBe('p7');

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.locator('.plot button.mark.hit, .plot button.mark.dim')).toHaveCount(0);
		await expect.poll(async () => (await listedIds(page)).length).toBe(EVENTS.length);
	});
});

test.describe('keyboard navigation between marks', () => {
	test('ArrowRight/Left move within the lane in time, ArrowDown/Up to the nearest event of the next lane', async ({ page }) => {
		const start = byId('sco-2006-iis-statement');
		const sameLane = EVENTS.filter((e) => e.track === start.track);
		const k = sameLane.indexOf(start);
		const right = sameLane[k + 1]!;
		// ArrowDown: the event of the next lane whose start is nearest (earlier wins a tie).
		const nextLane = TRACKS[TRACKS.findIndex((t) => t.id === start.track) + 1]!.id;
		const nearest = (lane: string, t: number) =>
			EVENTS.filter((e) => e.track === lane).reduce((best, e) => (Math.abs(e.t0 - t) < Math.abs(best.t0 - t) ? e : best));
		const down = nearest(nextLane, start.t0);

		await openTimeline(page);
		await mark(page, start.id).focus();
		expect(await activeId(page)).toBe(start.id);
		const windowBefore = await plotWindow(page);

		await page.keyboard.press('ArrowRight');
		await expect.poll(() => activeId(page)).toBe(right.id);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => activeId(page)).toBe(start.id);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => activeId(page)).toBe(down.id);
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => activeId(page)).toBe(nearest(start.track, down.t0).id);
		// Arrows on a mark move focus, not the view (these events are well inside the full window).
		expect(await plotWindow(page)).toEqual(windowBefore);

		await page.keyboard.press('End');
		await expect.poll(() => activeId(page)).toBe(sameLane.at(-1)!.id);
		await page.keyboard.press('Home');
		await expect.poll(() => activeId(page)).toBe(sameLane[0]!.id);

		// The focused mark is the single Tab stop.
		await expect(page.locator('.plot button.mark[tabindex="0"]')).toHaveCount(1);
		await expect(mark(page, sameLane[0]!.id)).toHaveAttribute('tabindex', '0');
		await page.keyboard.press('Enter');
		await expect(panelTitle(page)).toHaveText(sameLane[0]!.title.en);
	});

	test('arrow keys skip hidden lanes and events the filter leaves out', async ({ page }) => {
		const linked = linkedTo('p7');
		const start = byId('sco-2006-iis-statement');
		expect(linked.has(start.id)).toBe(false); // navigation may start from a dimmed mark
		// ArrowRight: the next SCO event linked to §7.
		const right = EVENTS.find((e) => e.track === 'sco' && e.t0 > start.t0 && linked.has(e.id))!;
		// ArrowDown with un-ict hidden: the first following lane that has linked events, nearest in time.
		const lane = TRACKS.slice(2).find((t) => EVENTS.some((e) => e.track === t.id && linked.has(e.id)))!.id;
		const down = EVENTS.filter((e) => e.track === lane && linked.has(e.id)).reduce((b, e) =>
			Math.abs(e.t0 - right.t0) < Math.abs(b.t0 - right.t0) ? e : b
		);
		expect(TRACKS[1]!.id).toBe('un-ict');
		expect(EVENTS.some((e) => e.track === 'un-ict' && linked.has(e.id))).toBe(false);

		await openTimeline(page);
		await laneToggle(page, 'un-ict').click();
		await paragraphSelect(page).selectOption(`${DOC_ID}#p7`);
		await mark(page, start.id).focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => activeId(page)).toBe(right.id);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => activeId(page)).toBe(down.id);
	});
});

// ---- Imported datasets (?data=) ------------------------------------------------------------------

const VALID = {
	tracks: [{ id: 'a', label: 'A' }],
	events: [
		{ id: 'e1', start: '2001-02-03', title: 'First', track: 'a' },
		{ id: 'e2', start: '2002', end: '2003', title: 'Second', track: 'a' }
	]
};

/** Serves `body` (or a 404) at /test-data/<name> for this page. */
async function serveData(page: Page, name: string, body: string | null) {
	await page.route((url) => url.pathname === `/test-data/${name}`, (route: Route) =>
		body === null
			? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
			: route.fulfill({ status: 200, contentType: 'application/json', body })
	);
}

test.describe('?data=', () => {
	test('a valid dataset replaces the bundled one, with a notice', async ({ page }) => {
		const guard = guardExternalRequests(page);
		await serveData(page, 'valid.json', JSON.stringify(VALID));
		let fetched = 0;
		page.on('request', (r) => void (new URL(r.url()).pathname === '/test-data/valid.json' && fetched++));
		await openTimeline(page, '?data=/test-data/valid.json');
		// Fetched once, while the page loaded (app.html), and validated by the worker started there.
		expect(fetched).toBe(1);
		const early = await page.evaluate(async () => {
			const p = (window as { __timelinePrefetch?: { imported?: Promise<{ imported: number } | undefined> } }).__timelinePrefetch;
			return (await p?.imported)?.imported;
		});
		expect(early).toBe(2);

		await expect(page.locator('.notices')).toContainText('Events imported from /test-data/valid.json: 2.');
		await expect(page.locator('.notices')).not.toContainText('Problems found');
		await expect(page.getByRole('link', { name: 'Back to the bundled timeline' })).toBeVisible();
		await expect(page.locator('.notices [role="alert"]')).toHaveCount(0);
		expect((await drawnIds(page)).sort()).toEqual(['e1', 'e2']);
		await expect(page.locator('.plot .lane-label')).toHaveText(['A']);
		await expect(page.getByRole('button', { name: 'A: show', exact: true })).toHaveAttribute('aria-pressed', 'true');
		await expect(mark(page, 'e1')).toHaveAttribute('aria-label', 'First, 3 February 2001');

		// The panel works on imported events, without a link to a (non-existent) event page.
		await mark(page, 'e2').click();
		await expect(panelTitle(page)).toHaveText('Second');
		await expect(page.getByRole('link', { name: "Open the event's page" })).toHaveCount(0);
		// ?data= survives the URL rewrites.
		expect(query(page)).toMatchObject({ data: '/test-data/valid.json', event: 'e2' });
		await expect.poll(() => query(page).data).toBe('/test-data/valid.json');
		guard.expectNone();
	});

	// Datasets from which nothing can be imported (partial imports are tested in import.e2e.ts).
	const INVALID: { name: string; body: string | null; where: string; reason: RegExp }[] = [
		{
			name: 'bad-date.json',
			body: JSON.stringify({ ...VALID, events: [{ ...VALID.events[0], start: '2001-02-30' }] }),
			where: 'events[0]',
			reason: /2001-02-30 is not a real date/
		},
		{
			name: 'unknown-track.json',
			body: JSON.stringify({ ...VALID, events: [{ ...VALID.events[1], track: 'zz' }] }),
			where: 'events[0]',
			reason: /unknown lane “zz”/
		},
		{ name: 'not-json.json', body: '{"tracks": [', where: '$', reason: /is not valid JSON/ },
		{ name: 'missing.json', body: null, where: '$', reason: /the server answered 404/ }
	];

	for (const bad of INVALID)
		test(`a dataset with nothing to import (${bad.name}) shows where and why, and the bundled timeline stays`, async ({ page }) => {
			await serveData(page, bad.name, bad.body);
			await openTimeline(page, `?data=/test-data/${bad.name}`);

			const alert = page.locator('.notices [role="alert"]');
			await expect(alert).toContainText(`Nothing could be imported from /test-data/${bad.name}`);
			const issue = alert.getByRole('listitem').filter({ has: page.locator('code', { hasText: bad.where }) });
			await expect(issue.first()).toBeVisible();
			await expect(issue.first()).toContainText(bad.reason);
			// The bundled timeline is shown.
			expect((await drawnIds(page)).sort()).toEqual(EVENTS.map((e) => e.id).sort());
			await expect(page.locator('.plot .lane-label')).toHaveText(TRACKS.map((t) => t.label.en));
		});
});

// ---- Accessibility -----------------------------------------------------------------------------

for (const scheme of ['light', 'dark'] as const)
	test.describe(`axe-core, ${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });

		test('no violations with the panel closed, then open, then with a filter', async ({ page }) => {
			const guard = guardExternalRequests(page);
			// The page as loaded is scanned by the foundation spec; here, the states it goes through.
			await openTimeline(page);

			await mark(page, 'sco-2011-code-of-conduct').click();
			await expect(panelTitle(page)).toBeVisible();
			await expectNoAxeViolations(page);

			await paragraphSelect(page).selectOption(`${DOC_ID}#p7`);
			await laneToggle(page, 'regional').click();
			await expect(page.locator('.plot button.mark.dim').first()).toBeVisible();
			await expectNoAxeViolations(page);
			guard.expectNone();
		});
	});
