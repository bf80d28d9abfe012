// End-to-end tests of the Export menu on / (src/lib/components/share/ExportMenu.svelte, placed by
// PageActions) in real Chromium against the built site: the disclosure opens and closes by mouse and
// keyboard (Escape returns focus); every download has the right name; the data files parse back with
// real parsers to the right events — CSV with d3-dsv, iCalendar with ical.js, CSL-JSON and the
// open-data JSON with JSON.parse — for "all events" and for "events in the current view"; the SVG
// parses as XML and carries the title and the events; the PNG is 2× the SVG; the menu speaks Russian
// under /ru; the open menu passes axe. Expected events are read from data/ (not from the app).
import { test, expect, type Download, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import ICAL from 'ical.js';
import { expectNoAxeViolations, guardExternalRequests, startMs, endMs, waitForTimeline } from './helpers';

// ---- Expected content, read from the source data --------------------------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Text = { en: string; ru: string };
type SourceEvent = { id: string; track: string; kind: string; start: string; end?: string; title: Text; short?: Text; symbols?: string[]; sources: { url: string }[]; uncertain?: Text & { about: string } };


/** All events in the app's time order: start, then end, then id. */
const EVENTS = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[])
	.map((e) => ({ ...e, t0: startMs(e.start), t1: endMs(e.end ?? e.start) }))
	.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const ALL_IDS = EVENTS.map((e) => e.id);
/** ids of the events overlapping the window named in a scoped file name ("…-2019-01-01_2020-12-31.csv"). */
function idsInWindowOf(fileName: string): string[] {
	const m = /-(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})\./.exec(fileName);
	if (!m) throw new Error(`no window in ${fileName}`);
	const [w0, w1] = [startMs(m[1]!), endMs(m[2]!)];
	return EVENTS.filter((e) => e.t1 > w0 && e.t0 < w1).map((e) => e.id);
}
const SITE_TITLE = { en: 'Information security policy timeline', ru: 'Хронология политики информационной безопасности' };
const CSL_TYPES = ['legislation', 'report', 'treaty', 'document', 'webpage'];

// ---- Page helpers ----------------------------------------------------------------------------

const MENU_ROOT = '.export-menu';
const VIEW = '/?from=2019-01-01&to=2020-12-31';

/** Clicks the Export button until it opens (before hydration a click does nothing). */
async function open(page: Page, name = 'Export') {
	const toggle = page.locator(MENU_ROOT).getByRole('button', { name, exact: true });
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 500 });
	}).toPass();
	return toggle;
}

async function openMenu(page: Page, path = '/', name = 'Export') {
	await page.goto(path);
	return open(page, name);
}

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer; text: string }> {
	const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
	const body = readFileSync((await (d as Download).path())!);
	return { name: (d as Download).suggestedFilename(), body, text: body.toString('utf8') };
}

/** ids of the CSV's event rows, parsed by d3-dsv (the byte-order mark stripped first). */
function csvIds(text: string): string[] {
	expect(text.charCodeAt(0), 'the CSV starts with a byte-order mark').toBe(0xfeff);
	const rows = csvParse(text.slice(1));
	expect(rows.columns.slice(0, 8)).toEqual(['type', 'id', 'track', 'kind', 'start', 'end', 'title_en', 'title_ru']);
	expect(rows.columns).toContain('uncertain_about');
	const events = rows.filter((r) => r.type === 'event');
	const about = new Map(EVENTS.map((e) => [e.id, e.uncertain?.about ?? '']));
	for (const r of events) expect(r.uncertain_about, r.id).toBe(about.get(r.id!));
	return events.map((r) => r.id!);
}

/** The VEVENTs of an iCalendar file, parsed by ical.js: event id (from the UID) and dates. */
function icsEvents(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	expect(cal.name).toBe('vcalendar');
	return cal.getAllSubcomponents('vevent').map((v) => ({
		id: String(v.getFirstPropertyValue('uid')).replace(/@.*$/, ''),
		summary: String(v.getFirstPropertyValue('summary')),
		start: String(v.getFirstPropertyValue('dtstart')),
		end: String(v.getFirstPropertyValue('dtend'))
	}));
}

type CslItem = { id: string; type: string; title: string; issued?: { 'date-parts': number[][] }; URL?: string; number?: string; language: string };
/** The CSL-JSON items, with the fields every item must have checked. */
function cslItems(text: string): CslItem[] {
	const items = JSON.parse(text) as CslItem[];
	expect(Array.isArray(items)).toBe(true);
	for (const it of items) {
		expect(CSL_TYPES, `type of ${it.id}`).toContain(it.type);
		expect(typeof it.title, `title of ${it.id}`).toBe('string');
		expect(it.title.length).toBeGreaterThan(0);
		expect(it.issued?.['date-parts'][0]?.[0], `issued year of ${it.id}`).toEqual(expect.any(Number));
		expect(it.URL, `URL of ${it.id}`).toMatch(/^https:\/\//);
	}
	return items;
}

/** The SVG parsed by the browser: parse error, size, title, texts and the marks' tooltips. */
function inspectSvg(page: Page, text: string) {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			lang: root.getAttribute('lang'),
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			title: doc.querySelector('svg > title')?.textContent ?? null,
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
			tooltips: [...doc.querySelectorAll('g > title')].map((t) => t.textContent ?? '')
		};
	}, text);
}

/** Width and height of a PNG from its IHDR chunk, after checking the signature. */
function pngSize(body: Buffer) {
	expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.use({ reducedMotion: 'reduce' });

// ---- Printing ---------------------------------------------------------------------------------

test('printing / draws the handout (not hydrated with the page): every event, by track, with its sources', async ({ page }) => {
	await page.goto('/');
	await waitForTimeline(page);
	const handout = page.locator('.print-handout');
	// The handout's component loads after the timeline; it listens for beforeprint once it is there.
	await expect(handout).toHaveCount(1);
	await expect(handout.locator('li')).toHaveCount(0);
	// Chromium fires beforeprint when it prints to PDF.
	await page.pdf();
	await page.emulateMedia({ media: 'print' });
	await expect(handout).toBeVisible();
	await expect(handout.locator('li')).toHaveCount(EVENTS.length);
	await expect(handout.locator('h3')).toHaveCount(new Set(EVENTS.map((e) => e.track)).size);
	const first = EVENTS.find((e) => e.id === 'un-res-53-70')!;
	await expect(handout.locator('li', { hasText: first.title.en }).first()).toContainText(first.sources[0]!.url);
	await expect(handout.locator('p').first()).toContainText(`Printed from ${page.url()}. Every event lists`);
	// An uncertainty names its field: "(date not verified)", "(title not verified)"…
	const LABEL: Record<string, string> = { date: 'date not verified', title: 'title not verified', symbol: 'document symbol not verified', vote: 'vote not verified', count: 'count not verified', place: 'place not verified', status: 'status not confirmed', other: 'not fully verified' };
	for (const doubtful of EVENTS.filter((e) => e.uncertain).slice(0, 3))
		await expect(handout.locator('li', { hasText: doubtful.title.en }).first()).toContainText(`${doubtful.title.en} (${LABEL[doubtful.uncertain!.about]}).`);
	await expect(page.locator('.timeline')).toBeHidden();
	await expect(page.locator('.home .no-js')).toHaveCount(0);
});

// ---- The disclosure --------------------------------------------------------------------------

test('the Export button discloses the panel; Escape closes it and returns focus', async ({ page }) => {
	const toggle = await openMenu(page);
	const panel = page.getByRole('region', { name: 'Export the timeline' });
	await expect(panel).toBeVisible();
	await panel.getByRole('button').first().focus();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toBeFocused();
	// Keyboard: Enter opens, Tab reaches the items.
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button').first()).toBeFocused();
	// A click outside closes it.
	await page.mouse.click(5, 5);
	await expect(panel).toBeHidden();
});

test('the open menu passes axe', async ({ page }) => {
	await openMenu(page);
	await expectNoAxeViolations(page, { include: MENU_ROOT });
});

// ---- Data files ------------------------------------------------------------------------------

test('all events: CSV, JSON, ICS and CSL-JSON parse back to every event', async ({ page }) => {
	const guard = guardExternalRequests(page);
	await openMenu(page);
	await expect(page.getByRole('radio', { name: `All events (${EVENTS.length})` })).toBeChecked();

	const csv = await download(page, 'CSV (spreadsheet)');
	expect(csv.name).toBe('iis-timeline.csv');
	expect(csvIds(csv.text)).toEqual(ALL_IDS);
	// A row keeps its cells (quoting survives the round trip).
	const row = csvParse(csv.text.slice(1)).find((r) => r.id === 'un-res-53-70')!;
	expect(row).toMatchObject({ kind: 'resolution', start: '1998-12-04', end: '', symbols: 'A/RES/53/70' });
	expect(row.title_ru).toBe(EVENTS.find((e) => e.id === 'un-res-53-70')!.title.ru);

	await open(page);
	const json = await download(page, 'JSON (open data)');
	expect(json.name).toBe('iis-timeline.json');
	const data = JSON.parse(json.text);
	expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual([...ALL_IDS].sort());
	const openData = await (await page.request.get('/data/timeline.json')).json();
	expect(data.events.map((e: { id: string }) => e.id)).toEqual(openData.events.map((e: { id: string }) => e.id));

	await open(page);
	const tljs = await download(page, 'TimelineJS JSON (in English)');
	expect(tljs.name).toBe('iis-timeline.timelinejs.json');
	const slides = JSON.parse(tljs.text).events as { unique_id: string; start_date: { year: number } }[];
	expect(slides.map((e) => e.unique_id).sort()).toEqual([...ALL_IDS].sort());

	await open(page);
	const ics = await download(page, 'ICS (calendar)');
	expect(ics.name).toBe('iis-timeline.ics');
	expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	const vevents = icsEvents(ics.text);
	expect(vevents.map((v) => v.id)).toEqual(ALL_IDS);
	// An all-day event: DTEND is the day after.
	expect(vevents.find((v) => v.id === 'un-res-53-70')).toMatchObject({ start: '1998-12-04', end: '1998-12-05' });

	await open(page);
	const csl = await download(page, 'CSL-JSON (reference managers)');
	expect(csl.name).toBe('iis-timeline.csl.json');
	const items = cslItems(csl.text);
	expect(items.map((i) => i.id)).toEqual(ALL_IDS);
	expect(items.find((i) => i.id === 'un-res-53-70')).toMatchObject({
		type: 'legislation',
		number: 'A/RES/53/70',
		issued: { 'date-parts': [[1998, 12, 4]] },
		language: 'en'
	});
	await expect(page.locator(MENU_ROOT).getByRole('status')).toHaveText('Downloaded iis-timeline.csl.json.');
	guard.expectNone();
});

test('"Events in the current view": every format holds exactly the events of the window', async ({ page }) => {
	await openMenu(page, VIEW);
	const radio = page.getByRole('radio', { name: /^Events in the current view \(\d+\)$/ });
	await radio.check();
	const shown = Number(/\((\d+)\)/.exec((await radio.locator('xpath=..').textContent())!)![1]);

	const csv = await download(page, 'CSV (spreadsheet)');
	expect(csv.name).toMatch(/^iis-timeline-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
	const expected = idsInWindowOf(csv.name);
	expect(expected.length).toBeGreaterThan(0);
	expect(expected.length).toBeLessThan(EVENTS.length);
	expect(shown).toBe(expected.length);
	expect(csvIds(csv.text)).toEqual(expected);

	// The scope stays chosen while the page lives.
	await open(page);
	await expect(radio).toBeChecked();
	const ics = await download(page, 'ICS (calendar)');
	expect(ics.name).toBe(csv.name.replace(/\.csv$/, '.ics'));
	expect(icsEvents(ics.text).map((v) => v.id)).toEqual(expected);

	await open(page);
	const csl = await download(page, 'CSL-JSON (reference managers)');
	expect(cslItems(csl.text).map((i) => i.id)).toEqual(expected);

	await open(page);
	const json = await download(page, 'JSON (open data)');
	expect(JSON.parse(json.text).events.map((e: { id: string }) => e.id).sort()).toEqual([...expected].sort());
});

// ---- Images ----------------------------------------------------------------------------------

test('SVG (whole range) is well-formed, titled, shows the events; PNG is twice its size', async ({ page }) => {
	await openMenu(page);
	const svg = await download(page, 'SVG: whole range');
	expect(svg.name).toBe('iis-timeline.svg');
	const parsed = await inspectSvg(page, svg.text);
	expect(parsed.error).toBeNull();
	expect(parsed.lang).toBe('en');
	expect(parsed.title).toBe(SITE_TITLE.en);
	expect(parsed.texts).toContain(SITE_TITLE.en);
	// Marks carry "title (date)" tooltips: every one is an event of the data, and there are many.
	const titles = new Set(EVENTS.map((e) => e.title.en));
	const marked = parsed.tooltips.map((t) => t.replace(/ \([^()]*\)$/, ''));
	expect(marked.length).toBeGreaterThan(10);
	for (const t of marked) expect(titles, t).toContain(t);
	// Some labels are drawn, with the events' short labels.
	const shorts = new Set(EVENTS.flatMap((e) => (e.short ? [e.short.en] : [])));
	expect(parsed.texts.filter((t) => shorts.has(t)).length).toBeGreaterThan(3);

	await open(page);
	const png = await download(page, 'PNG 2×: whole range');
	expect(png.name).toBe('iis-timeline@2x.png');
	expect(pngSize(png.body)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
});

test('SVG and PNG of the current view show that window', async ({ page }) => {
	await openMenu(page, VIEW);
	const svg = await download(page, 'SVG: current view');
	expect(svg.name).toMatch(/^iis-timeline-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.svg$/);
	const parsed = await inspectSvg(page, svg.text);
	expect(parsed.error).toBeNull();
	expect(parsed.title).toBe(SITE_TITLE.en);
	// The statement of 10 November 2020 is in the window, 53/70 (1998) is not.
	const inWindow = new Set(idsInWindowOf(svg.name).map((id) => EVENTS.find((e) => e.id === id)!.title.en));
	const marked = parsed.tooltips.map((t) => t.replace(/ \([^()]*\)$/, ''));
	expect(marked).toContain(EVENTS.find((e) => e.id === 'sco-2020-iis-statement')!.title.en);
	expect(marked).not.toContain(EVENTS.find((e) => e.id === 'un-res-53-70')!.title.en);
	expect(marked.filter((t) => inWindow.has(t)).length).toBeGreaterThan(3);

	await open(page);
	const png = await download(page, 'PNG 2×: current view');
	expect(png.name).toBe(svg.name.replace(/\.svg$/, '@2x.png'));
	expect(pngSize(png.body)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
});

test('the menu speaks Russian under /ru, and so do the files', async ({ page }) => {
	await openMenu(page, '/ru', 'Экспорт');
	await expect(page.getByRole('button', { name: 'CSV (таблица)' })).toBeVisible();
	const svg = await download(page, 'SVG: текущий вид');
	const parsed = await inspectSvg(page, svg.text);
	expect(parsed.error).toBeNull();
	expect(parsed.lang).toBe('ru');
	expect(parsed.title).toBe(SITE_TITLE.ru);

	await open(page, 'Экспорт');
	const csl = await download(page, 'CSL-JSON (менеджеры библиографии)');
	const item = cslItems(csl.text).find((i) => i.id === 'un-res-53-70')!;
	expect(item).toMatchObject({ language: 'ru', title: EVENTS.find((e) => e.id === 'un-res-53-70')!.title.ru });
});
