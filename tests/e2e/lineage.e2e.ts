// End-to-end tests of the statement's lineage (the earlier texts whose wording each paragraph
// carries), against the built site: "Earlier wording" under each paragraph of the reader (entries,
// locators, dates, links, quotes with their shared words marked, the other language as a fallback,
// long lists folded into a disclosure that the keyboard opens, all without JavaScript too); the arcs
// on the timeline when a paragraph is chosen (one per earlier event, following zoom, edge markers for
// events out of view, gone when the filter is cleared, loaded only then, marks still clickable) and
// the same in words in the screen-reader list; the concordance's lineage column; an event's page
// listing the paragraphs it fed; axe-core on all of it in both languages and colour schemes.
// Expected values are read from data/ (not from the app).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, failOnPageErrors, withoutPageScripts } from './helpers';
import { localizeLocator } from '../../src/lib/lineage/locator';

// ---- Expected content, read from the source data --------------------------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const DOC = 'sco-2020-iis';
type Locale = 'en' | 'ru';
type Text = { en: string; ru: string };
type Entry = {
	event?: string;
	date?: string;
	title: Text;
	url: string;
	locator: string;
	quote?: { en?: string; ru?: string };
	note?: Text;
};
type SourceEvent = { id: string; track: string; start: string; end?: string; title: Text; short?: Text };

const LINEAGE: Record<string, Entry[]> = JSON.parse(readFileSync(root(`data/documents/${DOC}/lineage.json`), 'utf8'));
const EVENTS: SourceEvent[] = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[]);
const eventById = (id: string) => EVENTS.find((e) => e.id === id)!;
const TRACK_IDS = (JSON.parse(readFileSync(root('data/tracks.json'), 'utf8')) as { id: string }[]).map((t) => t.id);
const STATEMENT_EVENT = JSON.parse(readFileSync(root(`data/documents/${DOC}/document.json`), 'utf8')).eventId as string;
/** The date an entry is shown with: its own, else its event's start. */
const dateOf = (l: Entry) => l.date ?? eventById(l.event!).start;
/** A date's first day, as a sortable string ("2014" → "2014-01-01"). */
const dayKey = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
/** Entries of a paragraph in the reader's order: oldest first (stable). */
const entriesOf = (pid: string) =>
	[...(LINEAGE[pid] ?? [])].map((l, i) => ({ l, i })).sort((a, b) => dayKey(dateOf(a.l)).localeCompare(dayKey(dateOf(b.l))) || a.i - b.i).map((x) => x.l);
const eventsOf = (pid: string) => [...new Set((LINEAGE[pid] ?? []).map((l) => l.event).filter((x): x is string => !!x))];
const PIDS = Object.keys(LINEAGE).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
/** A paragraph whose lineage is long enough to be folded (more than 3 entries). */
const LONG = PIDS.find((p) => LINEAGE[p]!.length > 3)!;
/** The paragraph with the most distinct earlier events (for the arcs). */
const MOST = [...PIDS].sort((a, b) => eventsOf(b).length - eventsOf(a).length)[0]!;
/** A paragraph with an English-only quote (a fallback on the Russian page). */
const EN_ONLY = PIDS.find((p) => LINEAGE[p]!.some((l) => l.quote?.en && !l.quote.ru));

const localized = (path: string, l: Locale) => (l === 'en' ? path : `/ru${path === '/' ? '' : path}`);
const UI = {
	en: { heading: 'Earlier wording', clear: 'Clear filters', paragraph: 'Statement paragraph', list: 'Events in the current view' },
	ru: { heading: 'Более ранние формулировки', clear: 'Сбросить фильтры', paragraph: 'Пункт заявления', list: 'События в текущем виде' }
};

// Every test fails on an uncaught error in the page.
failOnPageErrors(test);

const lineageOf = (page: Page, pid: string) => page.locator(`section#${pid} .lineage`);

async function openReader(page: Page, l: Locale = 'en', query = '') {
	const response = await page.goto(`${localized(`/documents/${DOC}`, l)}${query}`);
	expect(response?.status()).toBe(200);
}

async function openTimeline(page: Page, query = '', l: Locale = 'en') {
	const response = await page.goto(`${localized('/', l)}${query}`);
	expect(response?.status()).toBe(200);
	await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
}

test('the data has lineage to show (at least one folded list and one English-only quote)', () => {
	expect(PIDS.length).toBeGreaterThan(0);
	expect(LONG).toBeDefined();
	expect(EN_ONLY).toBeDefined();
	expect(eventsOf(MOST).length).toBeGreaterThan(1);
});

test.describe('the reader', () => {
	for (const l of ['en', 'ru'] as Locale[])
		test(`shows every earlier text under its paragraph, oldest first, with locator, date and links (${l})`, async ({ page }) => {
			await openReader(page, l);
			for (const pid of PIDS) {
				const block = lineageOf(page, pid);
				await expect(block.getByRole('heading', { name: UI[l].heading })).toBeVisible();
				const items = block.locator('li.lineage-item');
				const expected = entriesOf(pid);
				await expect(items).toHaveCount(expected.length);
				// Read every item at once (one round trip per paragraph), then compare field by field.
				const shown = await items.evaluateAll((els) =>
					els.map((el) => ({
						locator: el.querySelector('.locator')?.textContent ?? null,
						datetime: el.querySelector('time')?.getAttribute('datetime') ?? null,
						time: el.querySelector('time')?.textContent ?? '',
						title: el.querySelector('a.title')?.textContent ?? null,
						url: el.querySelector('a.title')?.getAttribute('href') ?? null,
						event: el.querySelector('a.event')?.getAttribute('href') ?? null,
						note: el.querySelector('.note')?.textContent ?? null
					}))
				);
				for (const [i, entry] of expected.entries()) {
					const item = shown[i]!;
					expect(item.locator, `${pid} [${i}] locator`).toBe(localizeLocator(entry.locator, l));
					expect(item.datetime, `${pid} [${i}] date`).toBe(dateOf(entry));
					expect(item.time, `${pid} [${i}] date shown`).toContain(dateOf(entry).slice(0, 4));
					expect(item.title, `${pid} [${i}] title`).toBe(entry.title[l]);
					expect(item.url, `${pid} [${i}] link`).toBe(entry.url);
					expect(item.event, `${pid} [${i}] event page`).toBe(entry.event ? localized(`/events/${entry.event}`, l) : null);
					expect(item.note, `${pid} [${i}] note`).toBe(entry.note ? entry.note[l] : null);
				}
			}
			// Locators in the page's language: no English locator word on the Russian page.
			const locators = page.locator('.lineage .locator');
			if (l === 'ru') {
				await expect(locators.filter({ hasText: /^преамбула$/ }).first()).toBeAttached();
				await expect(locators.filter({ hasText: /\b(preamble|annex|para|art|title|letter|OP|operative)\b/ })).toHaveCount(0);
			} else await expect(locators.filter({ hasText: /^preamble$/ }).first()).toBeAttached();
		});

	test('quotes in the language read, marks the words shared with the paragraph, and falls back to the other language', async ({ page }) => {
		await openReader(page, 'en');
		const quoted = PIDS.flatMap((pid) => entriesOf(pid).map((l, i) => ({ pid, l, i }))).filter((x) => x.l.quote?.en);
		expect(quoted.length).toBeGreaterThan(0);
		for (const { pid, l, i } of quoted) {
			const quote = lineageOf(page, pid).locator('li.lineage-item').nth(i).locator('blockquote');
			await expect(quote).toHaveAttribute('lang', 'en');
			await expect(quote).toHaveText(l.quote!.en!);
		}
		// Quotes that share wording with their paragraph have marks, and the marks are words of the quote.
		const marks = page.locator('.lineage blockquote mark');
		expect(await marks.count()).toBeGreaterThan(quoted.length / 2);
		for (const text of await marks.allTextContents()) {
			expect(text.trim()).toBe(text);
			expect(text).toMatch(/[\p{L}\p{N}]/u);
		}
		// Russian page, Russian text only: an English-only quote is shown in English, marked as such.
		await openReader(page, 'ru', '?mode=ru');
		const item = lineageOf(page, EN_ONLY!).locator('li.lineage-item').filter({ has: page.locator('blockquote[lang="en"]') }).first();
		await expect(item.locator('blockquote')).toHaveAttribute('lang', 'en');
		await expect(item.locator('.quote-lang')).toHaveText('на английском');
		// (It may sit in the folded part of the list.)
		await expect(item.locator('blockquote mark').first()).toBeAttached();
	});

	test('folds a long list into a disclosure that the keyboard opens', async ({ page }) => {
		await openReader(page, 'en');
		const block = lineageOf(page, LONG);
		const details = block.locator('details.more');
		const total = LINEAGE[LONG]!.length;
		await expect(details.locator('summary')).toHaveText(`${total - 2} more earlier text${total - 2 === 1 ? '' : 's'}`);
		await expect(block.locator('li.lineage-item:visible')).toHaveCount(2);
		await details.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(details).toHaveAttribute('open', '');
		await expect(block.locator('li.lineage-item:visible')).toHaveCount(total);
	});

	test('is in the page without JavaScript', async ({ page }) => {
		await withoutPageScripts(page);
		await openReader(page, 'ru');
		for (const pid of PIDS) await expect(lineageOf(page, pid).locator('li.lineage-item')).toHaveCount(LINEAGE[pid]!.length);
		await expect(page.locator('.lineage blockquote mark').first()).toBeAttached();
		await expect(page.locator('.lineage details.more').first()).not.toHaveAttribute('open');
	});

	test('beside the timeline on /, is folded per paragraph, and open for the chosen one', async ({ page }) => {
		await openTimeline(page, `?p=${MOST}`);
		const side = page.locator('.statement-side');
		const chosen = side.locator(`section#${MOST} details.lineage`);
		await expect(chosen).toHaveAttribute('open', '');
		await expect(chosen.locator('li.lineage-item:visible')).toHaveCount(LINEAGE[MOST]!.length);
		const other = PIDS.find((p) => p !== MOST)!;
		const folded = side.locator(`section#${other} details.lineage`);
		await expect(folded).not.toHaveAttribute('open');
		await expect(folded.locator('summary')).toHaveText(`Earlier wording (${LINEAGE[other]!.length})`);
		await expect(folded.locator('li.lineage-item')).toHaveCount(0);
		await folded.locator('summary').click();
		await expect(folded.locator('li.lineage-item:visible')).toHaveCount(LINEAGE[other]!.length);
		await expect(folded.locator('blockquote mark').first()).toBeAttached();
	});
});

test.describe('arcs on the timeline', () => {
	const arcs = (page: Page) => page.locator('svg.lineage-arcs [data-lineage]');
	const arcIds = async (page: Page) => (await arcs(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-lineage')))).sort();
	const pathOf = (page: Page, id: string) => page.locator(`svg.lineage-arcs [data-lineage="${id}"] path.line`);

	test('choosing a paragraph draws one arc per earlier event; zoom moves them; clearing removes them', async ({ page }) => {
		await openTimeline(page);
		await expect(page.locator('svg.lineage-arcs')).toHaveCount(0);
		await page.getByLabel(UI.en.paragraph).selectOption(`${DOC}#${MOST}`);
		await expect(page).toHaveURL(new RegExp(`[?&]p=${MOST}(&|$)`));
		await expect(arcs(page)).toHaveCount(eventsOf(MOST).length);
		expect(await arcIds(page)).toEqual(eventsOf(MOST).sort());
		expect(await arcIds(page)).not.toContain(STATEMENT_EVENT);

		// Arcs end at the statement's mark: the last point of every drawn path is inside its box.
		const star = await page.locator(`.plot button.mark[data-id="${STATEMENT_EVENT}"]`).boundingBox();
		const body = await page.locator('svg.lineage-arcs').boundingBox();
		const someId = eventsOf(MOST)[0]!;
		const d0 = await pathOf(page, someId).getAttribute('d');
		const end = d0!.match(/(-?[\d.]+),(-?[\d.]+)$/)!;
		expect(body!.x + Number(end[1])).toBeGreaterThanOrEqual(star!.x - 1);
		expect(body!.x + Number(end[1])).toBeLessThanOrEqual(star!.x + star!.width + 1);

		// Decorative and never in the way: marks under the arcs still take clicks.
		await expect(page.locator('svg.lineage-arcs')).toHaveCSS('pointer-events', 'none');
		await expect(page.locator('svg.lineage-arcs')).toHaveAttribute('aria-hidden', 'true');
		const drawn = (await page.locator('.plot button.mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))))
			.filter((id) => eventsOf(MOST).includes(id!));
		expect(drawn.length).toBeGreaterThan(0);
		await page.locator(`.plot button.mark[data-id="${drawn[0]}"]`).click();
		await expect(page.locator('#panel-title')).toHaveText(eventById(drawn[0]!).title.en);

		// Zoom in: the arcs are redrawn from the new scale, still one per event.
		const paths = () => page.locator('svg.lineage-arcs path').evaluateAll((els) => els.map((e) => e.getAttribute('d')).join(' '));
		const before = await paths();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(paths).not.toBe(before);
		await expect(arcs(page)).toHaveCount(eventsOf(MOST).length);

		await page.getByRole('button', { name: UI.en.clear }).click();
		await expect(page.locator('svg.lineage-arcs')).toHaveCount(0);
		await expect(page.locator('[data-lineage]')).toHaveCount(0);
		await expect(page).not.toHaveURL(/[?&]p=/);
	});

	test('events out of view get an arc from the plot edge, with an edge marker', async ({ page }) => {
		// From a year after the earliest of them to the statement: the earliest is off the left edge.
		const first = eventsOf(MOST)
			.map(eventById)
			.sort((a, b) => a.start.localeCompare(b.start))[0]!;
		const from = `${Number(first.start.slice(0, 4)) + 2}-01-01`;
		await openTimeline(page, `?p=${MOST}&from=${from}&to=2021-12-31`);
		const g = page.locator(`svg.lineage-arcs [data-lineage="${first.id}"]`);
		await expect(g.locator('path.edge')).toHaveCount(1);
		await expect(g.locator('path.line')).toHaveAttribute('d', /^M0,/);
	});

	test('hidden lanes take their arcs with them', async ({ page }) => {
		const ids = eventsOf(MOST);
		const track = eventById(ids.find((id) => eventById(id).track !== eventById(STATEMENT_EVENT).track)!).track;
		await openTimeline(page, `?p=${MOST}`);
		await expect(page.locator('svg.lineage-arcs [data-lineage]')).toHaveCount(ids.length);
		const visible = TRACK_IDS.filter((t) => t !== track);
		await openTimeline(page, `?p=${MOST}&tracks=${visible.join(',')}`);
		await expect(page.locator('svg.lineage-arcs [data-lineage]')).toHaveCount(
			ids.filter((id) => eventById(id).track !== track).length
		);
	});

	test('the screen-reader list says the same in words', async ({ page }) => {
		await openTimeline(page, `?p=${MOST}`);
		const list = page.getByRole('navigation', { name: UI.en.list });
		const n = Number(MOST.slice(1));
		const section = list.getByRole('region', { name: `Earlier wording of paragraph ${n}` });
		await expect(section.getByRole('heading', { name: `Earlier wording of paragraph ${n}` })).toBeAttached();
		await expect(section.locator('li')).toHaveCount(LINEAGE[MOST]!.length);
		await expect(section.locator('p').first()).toContainText(`${eventsOf(MOST).length} of them on the timeline`);
		for (const id of eventsOf(MOST)) await expect(section.locator(`a[href="/events/${id}"]`).first()).toBeAttached();
	});

	test('in Russian too', async ({ page }) => {
		await openTimeline(page, `?p=${MOST}`, 'ru');
		await expect(page.locator('svg.lineage-arcs [data-lineage]')).toHaveCount(eventsOf(MOST).length);
		await expect(page.locator('.lineage-legend')).toContainText(`пункта ${Number(MOST.slice(1))}`);
		const list = page.getByRole('navigation', { name: UI.ru.list });
		await expect(list.getByRole('heading', { name: `Более ранние формулировки пункта ${Number(MOST.slice(1))}` })).toBeAttached();
		// Each earlier text with its locator in Russian.
		const items = list.locator('.lineage-words li');
		for (const [i, entry] of entriesOf(MOST).entries())
			await expect(items.nth(i)).toContainText(`, ${localizeLocator(entry.locator, 'ru')}`);
	});

	test('are not in the first load: their code comes when a paragraph is chosen', async ({ page }) => {
		const scripts: string[] = [];
		page.on('response', async (r) => {
			if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
		});
		await openTimeline(page);
		// The reader beside the timeline loads after the ready mark: wait for it.
		await expect(page.locator('.statement-side')).toBeAttached();
		await page.waitForLoadState('networkidle');
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.some((s) => s.includes('lineage-arcs'))).toBe(false);
		await page.getByLabel(UI.en.paragraph).selectOption(`${DOC}#${MOST}`);
		await expect(page.locator('svg.lineage-arcs')).toBeAttached();
		await expect.poll(() => scripts.some((s) => s.includes('lineage-arcs'))).toBe(true);
	});

	test('do not animate under reduced motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openTimeline(page, `?p=${MOST}`);
		await expect(page.locator('svg.lineage-arcs path.line').first()).toHaveCSS('animation-name', 'none');
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await expect(page.locator('svg.lineage-arcs path.line').first()).toHaveCSS('animation-name', /draw/);
	});
});

test.describe('the concordance and the event pages', () => {
	test('the concordance has a lineage column: count and the earliest text, linked', async ({ page }) => {
		await page.goto('/concordance');
		await expect(page.getByRole('columnheader', { name: 'Earlier wording' })).toBeVisible();
		for (const pid of PIDS) {
			const n = Number(pid.slice(1));
			const row = page.locator('tbody tr').nth(n - 1);
			const cell = row.locator('td.lineage');
			const count = LINEAGE[pid]!.length;
			await expect(cell.locator('a.count')).toHaveText(`${count} text${count === 1 ? '' : 's'}`);
			await expect(cell.locator('a.count')).toHaveAttribute('href', `/documents/${DOC}#${pid}`);
			const first = entriesOf(pid)[0]!;
			const link = cell.locator('.earliest a');
			await expect(link).toHaveAttribute('href', first.event ? `/events/${first.event}` : first.url);
			await expect(cell.locator('.earliest time')).toHaveText(dateOf(first).slice(0, 4));
		}
	});

	test('an event page lists the paragraphs whose wording it fed, with locator and quote', async ({ page }) => {
		const counts = new Map<string, string[]>();
		for (const pid of PIDS) for (const id of eventsOf(pid)) counts.set(id, [...(counts.get(id) ?? []), pid]);
		const [id, pids] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
		for (const l of ['en', 'ru'] as Locale[]) {
			await page.goto(localized(`/events/${id}`, l));
			const section = page.locator('section.event-lineage');
			await expect(section.getByRole('heading', { level: 2 })).toHaveText(
				l === 'en' ? 'Wording carried into the statement' : 'Формулировки, перешедшие в заявление'
			);
			await expect(section.locator('li[data-paragraph]')).toHaveCount(pids.length);
			for (const pid of pids) {
				const li = section.locator(`li[data-paragraph="${pid}"]`);
				await expect(li.getByRole('link').first()).toHaveAttribute('href', `${localized(`/documents/${DOC}`, l)}#${pid}`);
				const entries = entriesOf(pid).filter((e) => e.event === id);
				await expect(li.locator('.locator')).toHaveText(entries.map((e) => localizeLocator(e.locator, l)));
			}
		}
		// An event that fed nothing has no such section.
		await page.goto(`/events/${STATEMENT_EVENT}`);
		await expect(page.locator('section.event-lineage')).toHaveCount(0);
	});
});

test.describe('axe-core', () => {
	for (const scheme of ['light', 'dark'] as const)
		for (const l of ['en', 'ru'] as Locale[])
			test.describe(`${scheme}, ${l}`, () => {
				test.use({ colorScheme: scheme });

				test('the reader lineage (folded lists open)', async ({ page }) => {
					await openReader(page, l);
					await page.locator('.lineage details.more summary').first().click();
					await expectNoAxeViolations(page, { include: '.lineage' });
				});

				test('the arcs, their key and the words in the list', async ({ page }) => {
					await openTimeline(page, `?p=${MOST}`, l);
					await expect(page.locator('svg.lineage-arcs')).toBeAttached();
					// (The reader beside it is scanned on its own page.)
					await expectNoAxeViolations(page, { include: '.timeline', exclude: ['.timeline .side'] });
				});

				test('the concordance column and an event page', async ({ page }) => {
					await page.goto(localized('/concordance', l));
					await expectNoAxeViolations(page, { include: 'table' });
					await page.goto(localized(`/events/${eventsOf(MOST)[0]}`, l));
					await expectNoAxeViolations(page, { include: 'section.event-lineage' });
				});
			});
});
