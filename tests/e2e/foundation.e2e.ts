// Foundation acceptance tests against the built site: every page renders without JavaScript in
// English and Russian, passes axe-core (light and dark), requests nothing from other hosts, has the
// right <html lang>, hreflang alternates and a language switch that keeps the view; the statement
// reader and the event pages show their real content; the open data and its JSON Schema are valid.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSiteOrigin, expectNoAxeViolations, guardExternalRequests, withoutPageScripts } from './helpers';
import { validateJsonSchema } from './json-schema-subset';

// ---- Expected content, read from the source data (not from the app) -------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const DOC_ID = 'sco-2020-iis';
const AGREEMENT_ID = 'sco-2009-iis-agreement';
const RESOLUTION_ID = 'un-res-53-70';
/** The original published text; the shared copy when this checkout has one. */
const SOURCE_PATH = existsSync(root('../shared/source/sco-2020-statement.ru.txt'))
	? root('../shared/source/sco-2020-statement.ru.txt')
	: root(`data/documents/${DOC_ID}/statement.ru.txt`);

/** The original split on blank lines: title block, p1..pN, closing line (split here, independently). */
function sourceBlocks() {
	const blocks = readFileSync(SOURCE_PATH, 'utf8')
		.replace(/\r\n/g, '\n')
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter(Boolean);
	return { title: blocks[0]!, paragraphs: blocks.slice(1, -1), closing: blocks.at(-1)! };
}

type Text = { en: string; ru: string };
type SourceEvent = {
	id: string;
	start: string;
	title: Text;
	summary: Text;
	symbols?: string[];
	sources: { url: string; label: Text }[];
	paragraphs?: { ref: string; phrase?: Text }[];
};
const events: SourceEvent[] = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[]);
const eventById = (id: string) => {
	const e = events.find((x) => x.id === id);
	if (!e) throw new Error(`no event ${id} in data/events`);
	return e;
};
const translation = JSON.parse(readFileSync(root(`data/documents/${DOC_ID}/document.json`), 'utf8')).translation as {
	paragraphs: Record<string, string>;
};

// ---- Pages and locales ----------------------------------------------------------------------

type Locale = 'en' | 'ru';
const LOCALES: Locale[] = ['en', 'ru'];
const PAGES = ['/', `/documents/${DOC_ID}`, `/events/${AGREEMENT_ID}`, `/events/${RESOLUTION_ID}`];
/** "/events/x" in a locale: "/events/x" or "/ru/events/x" ("/" → "/ru"). */
const localized = (path: string, l: Locale) => (l === 'en' ? path : path === '/' ? '/ru' : `/ru${path}`);

const UI = {
	en: { nav: 'Main', switchName: 'Русский (Language)', other: 'ru' as Locale, paragraph: 'Paragraph', linked: 'Linked events', sources: 'Sources', quoted: 'Statement paragraphs', symbols: 'Document symbols' },
	ru: { nav: 'Основная навигация', switchName: 'English (Язык)', other: 'en' as Locale, paragraph: 'Пункт', linked: 'Связанные события', sources: 'Источники', quoted: 'Пункты заявления', symbols: 'Условные обозначения документов' }
};

async function open(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} status`).toBe(200);
	return response!;
}

// ---- Without JavaScript ---------------------------------------------------------------------

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const l of LOCALES)
		for (const p of PAGES) {
			const path = localized(p, l);
			test(`${path} renders with lang, hreflang, a language switch, landmarks and no external requests`, async ({ page }) => {
				const guard = guardExternalRequests(page);
				await open(page, path);

				await expect(page.locator('html')).toHaveAttribute('lang', l);
				await expect(page.getByRole('main')).toBeVisible();
				await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByRole('navigation', { name: UI[l].nav })).toBeVisible();

				// hreflang alternates: en, ru and x-default (= en), each pointing at this page's twin, absolute
				// on the site's public origin.
				const alternates = await page
					.locator('head link[rel="alternate"][hreflang]')
					.evaluateAll((links) => links.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
				const site = builtSiteOrigin();
				const abs = (path: string) => site + (path === '/' ? '/' : path);
				expect.soft(alternates.sort(), 'hreflang alternates (canonical URLs, no trailing slash)').toEqual(
					[
						['en', abs(localized(p, 'en'))],
						['ru', abs(localized(p, 'ru'))],
						['x-default', abs(localized(p, 'en'))]
					].sort()
				);

				// Internal links use canonical URLs: pages are prerendered as /ru.html, /events/x.html, so a
				// trailing slash (/ru/) only works where the server redirects it.
				const internal = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
				expect.soft(internal.filter((h) => /.\/(?:[?#]|$)/.test(h)), 'links with a trailing slash').toEqual([]);

				// The switch is visible, says which language it leads to, and keeps the page.
				const other = UI[l].other;
				const sw = page.getByRole('link', { name: UI[l].switchName });
				await expect(sw).toBeVisible();
				await expect(sw).toHaveAttribute('hreflang', other);
				await expect.soft(sw).toHaveAttribute('href', localized(p, other));
				await sw.click();
				await expect(page).toHaveURL(new URL(page.url()).origin + localized(p, other));
				await expect(page.locator('html')).toHaveAttribute('lang', other);

				guard.expectNone();
			});
		}

	test('/ lists every event by track, and prints a handout without an unknown page address', async ({ page }) => {
		await open(page, '/');
		await expect(page.getByRole('heading', { name: 'Events by track', level: 2 })).toBeVisible();
		await expect(page.locator('.no-js .event-list a[href^="/events/"]')).toHaveCount(events.length);
		await expect(page.getByRole('link', { name: eventById(RESOLUTION_ID).title.en })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.no-js')).toBeHidden();
		const handout = page.locator('.print-handout');
		await expect(handout).toBeVisible();
		await expect(handout.locator('li')).toHaveCount(events.length);
		await expect(handout.locator('p').first()).toHaveText(/^Every event lists its document symbols/);
	});

	for (const l of LOCALES)
		test(`${localized(`/events/${AGREEMENT_ID}`, l)}: the first Tab reaches a visible skip link to the main content`, async ({ page }) => {
			await open(page, localized(`/events/${AGREEMENT_ID}`, l));
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: l === 'en' ? 'Skip to content' : 'Перейти к содержанию' });
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/#main$/);
			await expect(page.getByRole('main')).toHaveAttribute('id', 'main');
		});

	for (const scheme of ['light', 'dark'] as const)
		test.describe(`${scheme} colour scheme`, () => {
			// axe needs Playwright's evaluate, which javaScriptEnabled: false blocks: forbid the page's
			// own scripts with a CSP header instead (same rendering, see withoutPageScripts).
			test.use({ colorScheme: scheme, javaScriptEnabled: true });
			for (const l of LOCALES)
				for (const p of PAGES) {
					const path = localized(p, l);
					test(`axe finds no violations on ${path}`, async ({ page }) => {
						await withoutPageScripts(page);
						await open(page, path);
						await expectNoAxeViolations(page);
					});
				}
		});

	test.describe('the statement reader', () => {
		const { paragraphs } = sourceBlocks();

		for (const l of LOCALES)
			test(`${localized(`/documents/${DOC_ID}`, l)} has p1…p10 with Russian, English and linked events`, async ({ page }) => {
				await open(page, localized(`/documents/${DOC_ID}`, l));
				expect(paragraphs).toHaveLength(10);
				for (let i = 0; i < paragraphs.length; i++) {
					const id = `p${i + 1}`;
					const name = `${UI[l].paragraph} ${i + 1}`;
					const section = page.getByRole('region', { name, exact: true });
					await expect(section).toHaveAttribute('id', id);
					await expect(section.getByRole('link', { name, exact: true })).toHaveAttribute('href', `#${id}`);
					await expect(section.locator('p[lang="ru"]')).toHaveText(paragraphs[i]!);
					await expect(section.locator('p[lang="en"]')).toHaveText(translation.paragraphs[id]!);

					// Every linked event is named and links to its page (other links, e.g. to the timeline, may be there too).
					const linked = events.filter((e) => e.paragraphs?.some((x) => x.ref === `${DOC_ID}#${id}`));
					expect(linked.length, `events linked to ${id}`).toBeGreaterThan(0);
					await expect(section.getByRole('heading', { name: UI[l].linked })).toBeVisible();
					// (Scoped to the linked events: the earlier wording above them links to event pages too.)
					const linkedList = section.locator('.linked');
					const hrefs = await linkedList
						.getByRole('listitem')
						.getByRole('link')
						.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
					const eventPages = [...new Set(hrefs.filter((h) => /\/events\//.test(h)))].sort();
					expect(eventPages, `event links in ${id}`).toEqual(linked.map((e) => localized(`/events/${e.id}`, l)).sort());
					for (const e of linked) await expect(linkedList.getByRole('listitem').filter({ hasText: e.title[l] })).not.toHaveCount(0);
				}
				await expect(page.locator('#p7 p[lang="ru"]')).toContainText('всеобъемлющая международная конвенция');
				// Ids are unique on the page (anchors must be unambiguous).
				const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
				expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
			});

		test('a paragraph anchor scrolls to and targets its paragraph', async ({ page }) => {
			await open(page, `/documents/${DOC_ID}#p7`);
			await expect(page.locator('#p7')).toBeInViewport();
			await expect(page.locator('#p7:target')).toHaveCount(1);
		});
	});

	test.describe('event pages', () => {
		for (const l of LOCALES) {
			test(`${localized(`/events/${AGREEMENT_ID}`, l)} shows title, date, summary, sources and quotes paragraph 10`, async ({ page }) => {
				const e = eventById(AGREEMENT_ID);
				await open(page, localized(`/events/${AGREEMENT_ID}`, l));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title[l]);
				await expect(page.locator('time[datetime="2009-06-16"]').first()).toHaveText(l === 'en' ? '16 June 2009' : '16 июня 2009 г.');
				await expect(page.getByText(e.summary[l], { exact: true })).toBeVisible();

				await expect(page.getByRole('heading', { name: UI[l].sources })).toBeVisible();
				for (const s of e.sources) {
					const link = page.getByRole('link', { name: s.label[l], exact: true });
					await expect(link).toHaveAttribute('href', s.url);
					expect(s.url).toMatch(/^https:\/\//);
				}

				await expect(page.getByRole('heading', { name: UI[l].quoted })).toBeVisible();
				// (The paragraphs it quotes; the section on the wording it fed lists paragraph 10 too.)
				const quoted = page.locator('ul.quotes');
				const p10Name = { name: `${UI[l].paragraph} 10`, exact: true };
				const p10 = quoted.getByRole('link', p10Name);
				await expect(p10).toHaveAttribute('href', `${localized(`/documents/${DOC_ID}`, l)}#p10`);
				const quote = quoted.getByRole('listitem').filter({ has: page.getByRole('link', p10Name) }).getByRole('blockquote');
				const p10Text = l === 'ru' ? sourceBlocks().paragraphs[9]! : translation.paragraphs.p10!;
				await expect(quote).toHaveText(p10Text);
				await expect(quote).toHaveAttribute('lang', l);
				const phrase = e.paragraphs!.find((x) => x.ref === `${DOC_ID}#p10`)!.phrase![l];
				await expect(quote.locator('mark')).toHaveText(phrase);
			});

			test(`${localized(`/events/${RESOLUTION_ID}`, l)} shows its document symbol and sources`, async ({ page }) => {
				const e = eventById(RESOLUTION_ID);
				await open(page, localized(`/events/${RESOLUTION_ID}`, l));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title[l]);
				await expect(page.getByRole('term').filter({ hasText: UI[l].symbols })).toBeVisible();
				await expect(page.getByRole('definition').filter({ hasText: 'A/RES/53/70' })).toBeVisible();
				await expect(page.getByText(e.summary[l], { exact: true })).toBeVisible();
				await expect(page.getByRole('link', { name: e.sources[0]!.label[l], exact: true })).toHaveAttribute('href', e.sources[0]!.url);
			});
		}
	});

	test('the home page lists every event, in both languages', async ({ page }) => {
		for (const l of LOCALES) {
			await open(page, localized('/', l));
			const agreement = eventById(AGREEMENT_ID);
			await expect(page.getByRole('link', { name: agreement.title[l], exact: true }).first()).toHaveAttribute(
				'href',
				localized(`/events/${AGREEMENT_ID}`, l)
			);
			const hrefs = await page.locator('main a[href*="/events/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(new Set(hrefs).size).toBe(events.length);
		}
	});
});

// ---- With JavaScript ------------------------------------------------------------------------

test.describe('with JavaScript', () => {
	for (const scheme of ['light', 'dark'] as const)
		test.describe(`${scheme} colour scheme`, () => {
			test.use({ colorScheme: scheme });
			for (const l of LOCALES)
				for (const p of PAGES) {
					const path = localized(p, l);
					test(`${path} hydrates without external requests, console errors or axe violations`, async ({ page }) => {
						const guard = guardExternalRequests(page);
						const errors: string[] = [];
						page.on('pageerror', (e) => errors.push(e.message));
						page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
						await open(page, path);
						await page.waitForLoadState('networkidle');
						await expect(page.locator('html')).toHaveAttribute('lang', l);
						await expectNoAxeViolations(page);
						expect(errors).toEqual([]);
						guard.expectNone();
					});
				}
		});

	test('the language switch keeps the paragraph anchor, both ways', async ({ page }) => {
		await open(page, `/documents/${DOC_ID}#p7`);
		const toRu = page.getByRole('link', { name: UI.en.switchName });
		// After hydration the switch also carries the hash (the prerendered HTML knows only the path).
		await expect(toRu).toHaveAttribute('href', `/ru/documents/${DOC_ID}#p7`);
		await toRu.click();
		await expect(page).toHaveURL(/\/ru\/documents\/sco-2020-iis#p7$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('#p7')).toBeInViewport();

		const toEn = page.getByRole('link', { name: UI.ru.switchName });
		await expect(toEn).toHaveAttribute('href', `/documents/${DOC_ID}#p7`);
		await toEn.click();
		await expect(page).toHaveURL(/\/documents\/sco-2020-iis#p7$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('the language switch follows in-page navigation to another paragraph', async ({ page }) => {
		await open(page, `/documents/${DOC_ID}`);
		await page.getByRole('link', { name: 'Paragraph 10', exact: true }).click();
		await expect(page).toHaveURL(/#p10$/);
		await expect(page.getByRole('link', { name: UI.en.switchName })).toHaveAttribute('href', `/ru/documents/${DOC_ID}#p10`);
	});
});

// ---- Open data ------------------------------------------------------------------------------

test.describe('open data', () => {
	type Timeline = {
		documents: { id: string; paragraphs: { id: string; ru: string; en: string }[]; titleBlock?: Text; closing?: Text }[];
		tracks: { id: string }[];
		events: (SourceEvent & { track: string; end?: string })[];
	};

	/** An ISO date of its precision (2009 / 2009-06 / 2009-06-16) that exists in the calendar. */
	const isPartialDate = (s: string) => {
		const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
		if (!m) return false;
		const [y, mo = 1, d = 1] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
		const date = new Date(Date.UTC(2000, mo - 1, d));
		date.setUTCFullYear(y);
		return mo >= 1 && mo <= 12 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
	};
	const dateKey = (s: string) => s.padEnd(10, s.length === 4 ? '-01-01' : '-01');

	test('/data/timeline.json holds ≥ 60 valid events across ≥ 5 tracks, and the verbatim statement', async ({ page, request }) => {
		const guard = guardExternalRequests(page);
		// It opens in a browser without JavaScript too.
		const shown = await page.goto('/data/timeline.json');
		expect(shown?.status()).toBe(200);
		guard.expectNone();

		const res = await request.get('/data/timeline.json');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toMatch(/json/);
		const t = (await res.json()) as Timeline;

		expect(t.events.length).toBeGreaterThanOrEqual(60);
		const trackIds = new Set(t.tracks.map((x) => x.id));
		expect(new Set(t.events.map((e) => e.track)).size).toBeGreaterThanOrEqual(5);
		const paragraphRefs = new Set(t.documents.flatMap((d) => d.paragraphs.map((p) => `${d.id}#${p.id}`)));
		const ids = new Set<string>();
		for (const e of t.events) {
			expect(ids.has(e.id), `duplicate ${e.id}`).toBe(false);
			ids.add(e.id);
			expect(trackIds.has(e.track), `${e.id} track`).toBe(true);
			expect(e.title.en && e.title.ru && e.summary.en && e.summary.ru, `${e.id} texts`).toBeTruthy();
			expect(isPartialDate(e.start), `${e.id} start ${e.start}`).toBe(true);
			if (e.end) {
				expect(isPartialDate(e.end), `${e.id} end ${e.end}`).toBe(true);
				expect(dateKey(e.end) >= dateKey(e.start), `${e.id} end before start`).toBe(true);
			}
			expect(e.sources.length, `${e.id} sources`).toBeGreaterThan(0);
			for (const s of e.sources) expect(s.url, `${e.id} source`).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
			for (const p of e.paragraphs ?? []) {
				expect(p.ref, `${e.id} ref`).toMatch(/^[a-z0-9][a-z0-9._-]*#[a-z0-9][a-z0-9._-]*$/);
				expect(paragraphRefs.has(p.ref), `${e.id} → ${p.ref}`).toBe(true);
			}
		}

		const doc = t.documents.find((d) => d.id === DOC_ID)!;
		const src = sourceBlocks();
		expect(doc.paragraphs.map((p) => p.id)).toEqual(src.paragraphs.map((_, i) => `p${i + 1}`));
		expect(doc.paragraphs.map((p) => p.ru)).toEqual(src.paragraphs);
		expect(doc.titleBlock?.ru).toBe(src.title);
		expect(doc.closing?.ru).toBe(src.closing);
		expect(doc.paragraphs.every((p) => p.en.length > 0)).toBe(true);
	});

	test('/data/timeline.schema.json is a JSON Schema that validates timeline.json (and rejects broken data)', async ({ page, request }) => {
		const shown = await page.goto('/data/timeline.schema.json');
		expect(shown?.status()).toBe(200);

		const schema = (await (await request.get('/data/timeline.schema.json')).json()) as Record<string, unknown>;
		expect(schema.$schema).toMatch(/^https?:\/\/json-schema\.org\/draft-07\/schema#?$/);
		expect(schema.type).toBe('object');
		expect(schema.required).toEqual(expect.arrayContaining(['documents', 'tracks', 'events']));

		const data = (await (await request.get('/data/timeline.json')).json()) as Timeline;
		expect(validateJsonSchema(schema, data)).toEqual([]);

		// The check can fail: a copy with a malformed date, a non-https source, a missing title and an unknown kind is rejected.
		const broken = structuredClone(data) as unknown as { events: Record<string, unknown>[] };
		broken.events[0]!.start = '2009-6-16';
		(broken.events[1]!.sources as { url: string }[])[0]!.url = 'not a url';
		delete broken.events[2]!.title;
		broken.events[3]!.kind = 'rumour';
		const errors = validateJsonSchema(schema, broken);
		expect(errors.some((e) => e.startsWith('$.events[0].start'))).toBe(true);
		expect(errors.some((e) => e.startsWith('$.events[1].sources[0].url'))).toBe(true);
		expect(errors.some((e) => e.startsWith('$.events[2]') && e.includes('"title"'))).toBe(true);
		expect(errors.some((e) => e.startsWith('$.events[3].kind'))).toBe(true);
	});
});
