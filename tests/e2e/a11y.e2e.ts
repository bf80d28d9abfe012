// WCAG 2.2 AA by axe-core (issue 9): every route, in English and Russian, light and dark, with all of
// axe's default rules and no exception. axe-core is the version package.json pins (≥ 4.14, checked by
// expectNoAxeViolations). Each route is scanned once per language and colour scheme, with and
// without JavaScript, somewhere in the suite; this spec scans the ones no other spec scans in both
// schemes (presentations, the embed view) and checks Label in Name on all of them:
//   /, /events/…, /documents/…      foundation.e2e.ts (with and without JavaScript)
//   / with the panel and search     home-reader.e2e.ts, timeline.e2e.ts
//   the reader, /concordance        reader.e2e.ts (with a selected event, search results; no JavaScript)
//   export menu, embed dialog       export.e2e.ts, embed.e2e.ts
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, failOnPageErrors, withoutPageScripts } from './helpers';

failOnPageErrors(test);

type Locale = 'en' | 'ru';
const localized = (route: string, l: Locale) => {
	const [path, query] = route.split('?');
	const p = l === 'en' ? path! : path === '/' ? '/ru' : `/ru${path}`;
	return query ? `${p}?${query}` : p;
};

/** Scanned here in both colour schemes and languages. */
const SCANNED_HERE = ['/present', '/present/history/1', '/present/free', '/embed', '/embed?event=un-res-53-70'];

/** One page of every route (and the views of a route that show other parts): for Label in Name. */
const ROUTES = [
	'/',
	'/?event=sco-2020-iis-statement',
	'/events/un-res-53-70',
	'/documents/sco-2020-iis',
	'/documents/sco-2020-iis?event=un-res-74-247',
	'/concordance',
	'/present',
	'/present/history/1',
	'/present/free',
	'/embed',
	'/embed?event=un-res-53-70',
	'/edit',
	'/?p=p4'
];

const hasTimeline = (route: string) => route.startsWith('/?') || route === '/' || route.startsWith('/embed');

async function settle(page: Page, route: string) {
	await page.waitForLoadState('networkidle');
	if (hasTimeline(route)) await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
}

for (const scheme of ['light', 'dark'] as const)
	test.describe(`${scheme}`, () => {
		test.use({ colorScheme: scheme, reducedMotion: 'reduce' });
		for (const l of ['en', 'ru'] as const)
			for (const route of SCANNED_HERE) {
				const path = localized(route, l);
				test(`axe: ${path}`, async ({ page }) => {
					await page.goto(path);
					await settle(page, route);
					await expectNoAxeViolations(page);
				});
			}
		for (const l of ['en', 'ru'] as const)
			for (const route of SCANNED_HERE.filter((r) => !r.includes('?')))
				test(`axe without JavaScript: ${localized(route, l)}`, async ({ page }) => {
					await withoutPageScripts(page);
					await page.goto(localized(route, l));
					await expectNoAxeViolations(page);
				});
	});

// WCAG 2.5.3 Label in Name, stricter than axe (which accepts the visible text anywhere in the name):
// a control named by aria-label or aria-labelledby has a name that starts with its visible text, so
// that a voice user who says what they see ("click Res. 53/70") reaches it.
for (const l of ['en', 'ru'] as const)
	test(`every control's name starts with its visible text (${l})`, async ({ page }) => {
		const problems: string[] = [];
		for (const route of ROUTES) {
			await page.goto(localized(route, l));
			await settle(page, route);
			const found = await page.evaluate(() => {
				const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
				const out: string[] = [];
				const controls = document.querySelectorAll<HTMLElement>(
					'a[href], button, [role="button"], [role="link"], [role="tab"], [role="option"], [role="menuitem"], [role="switch"], summary'
				);
				for (const el of controls) {
					const labelled = el.getAttribute('aria-labelledby');
					const name = el.getAttribute('aria-label') ?? (labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null);
					if (name === null || !el.checkVisibility()) continue;
					const visible = norm(el.innerText);
					// Symbols (✕, +, −) are not text a user would say.
					if (!/[\p{L}\p{N}]/u.test(visible)) continue;
					if (!norm(name).startsWith(visible)) out.push(`${JSON.stringify(el.innerText.trim())} named ${JSON.stringify(name)}`);
				}
				return out;
			});
			problems.push(...found.map((f) => `${localized(route, l)}: ${f}`));
		}
		expect([...new Set(problems)]).toEqual([]);
	});
