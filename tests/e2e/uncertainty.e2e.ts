// End-to-end tests of per-field uncertainty against the built site: an event's `uncertain.about`
// marks that field only. On every uncertain event's page the badge sits beside the field in doubt
// (the date, the title in the heading, the symbols, the adoption, the place, or after the summary)
// and nowhere else, and the note names the field; the 2020 statement (its English title is in doubt)
// shows no mark beside its date and its timeline mark is not dashed; a mark is dashed only when its
// date is in doubt, and its accessible name starts with its visible label and ends with what is not
// verified; the legend says so; the list without JavaScript and the Russian pages name the field.
// Expected values are read from data/ (not from the app).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, failOnPageErrors } from './helpers';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Text = { en: string; ru: string };
type SourceEvent = {
	id: string;
	title: Text;
	short?: Text;
	summary: Text;
	symbols?: string[];
	place?: Text;
	adoption?: unknown;
	uncertain?: Text & { about: string };
};
const EVENTS: SourceEvent[] = readdirSync(root('data/events'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(root(`data/events/${f}`), 'utf8')) as SourceEvent[]);
const UNCERTAIN = EVENTS.filter((e) => e.uncertain);
const STATEMENT = 'sco-2020-iis-statement';

const LABEL: Record<string, { en: string; ru: string }> = {
	date: { en: 'Date not verified', ru: 'Дата не проверена' },
	title: { en: 'Title not verified', ru: 'Название не проверено' },
	symbol: { en: 'Document symbol not verified', ru: 'Условное обозначение не проверено' },
	vote: { en: 'Vote not verified', ru: 'Итоги голосования не проверены' },
	count: { en: 'Count not verified', ru: 'Число не проверено' },
	place: { en: 'Place not verified', ru: 'Место не проверено' },
	status: { en: 'Status not confirmed', ru: 'Статус не подтверждён' },
	other: { en: 'Not fully verified', ru: 'Не полностью проверено' }
};

/** The <dd> that follows the <dt> with this text in the facts list. */
const fact = (page: Page, dt: string) => page.locator('dl.facts dt', { hasText: dt }).locator('+ dd');

failOnPageErrors(test);

test('every uncertain event marks only the field its uncertainty is about', async ({ page }) => {
	expect(UNCERTAIN.length).toBeGreaterThan(0);
	for (const e of UNCERTAIN) {
		const about = e.uncertain!.about;
		await page.goto(`/events/${e.id}`);
		const badges = page.locator('main .badge.uncertain');
		// Where the field is shown, its badge is beside it; a field the page does not show
		// (or "other") is named by the note alone.
		const where: Record<string, string | undefined> = {
			date: 'dl.facts dt:text-is("Date") + dd',
			title: 'h1',
			symbol: e.symbols?.length ? 'dl.facts dt:text-is("Document symbols") + dd' : undefined,
			vote: e.adoption ? 'dl.facts dt:text-is("Adoption") + dd' : undefined,
			place: e.place ? 'dl.facts dt:text-is("Place") + dd' : undefined,
			count: 'p.summary',
			status: 'p.summary'
		};
		const at = where[about];
		await expect(badges, e.id).toHaveCount(at ? 1 : 0);
		if (at) {
			await expect(page.locator(at).locator('.badge.uncertain'), e.id).toHaveText(LABEL[about]!.en);
			await expect(badges.first()).toHaveAttribute('data-uncertain', about);
		}
		if (about !== 'date') await expect(fact(page, 'Date').locator('.badge'), e.id).toHaveCount(0);
		const note = page.locator('main p.uncertain-note');
		await expect(note, e.id).toHaveText(`${LABEL[about]!.en}: ${e.uncertain!.en}`);
	}
});

test('the 2020 statement: its title is in doubt, its date is not', async ({ page }) => {
	const statement = EVENTS.find((e) => e.id === STATEMENT)!;
	expect(statement.uncertain?.about).toBe('title');
	await page.goto(`/events/${STATEMENT}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${statement.title.en} ${LABEL.title!.en}`);
	await expect(fact(page, 'Date')).toHaveText('10 November 2020');
	await expectNoAxeViolations(page, { include: 'main' });

	await page.goto(`/ru/events/${STATEMENT}`);
	await expect(page.getByRole('heading', { level: 1 }).locator('.badge')).toHaveText(LABEL.title!.ru);
	await expect(page.locator('main p.uncertain-note strong')).toHaveText(`${LABEL.title!.ru}:`);
	await expect(fact(page, 'Дата').locator('.badge')).toHaveCount(0);
});

test.describe('on the timeline', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	const ready = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
	const mark = (page: Page, id: string) => page.locator(`.plot button.mark[data-id="${id}"]`);

	test('a mark is dashed only when its date is in doubt, and its name says what is in doubt', async ({ page }) => {
		// Each uncertain event in turn, opened by its link (the timeline brings it into view).
		for (const e of UNCERTAIN) {
			await page.goto(`/?event=${e.id}`);
			await ready(page);
			const m = mark(page, e.id);
			await expect(m, e.id).toHaveCount(1);
			if (e.uncertain!.about === 'date') await expect(m, e.id).toHaveClass(/\buncertain\b/);
			else await expect(m, e.id).not.toHaveClass(/\buncertain\b/);
			const name = (await m.getAttribute('aria-label')) ?? '';
			expect(name.startsWith((e.short ?? e.title).en), `${e.id}: ${name}`).toBe(true);
			expect(name.endsWith(`(${LABEL[e.uncertain!.about]!.en.toLowerCase()})`), `${e.id}: ${name}`).toBe(true);
		}
		await expect(page.locator('.legend')).toContainText('date not verified');
	});

	test('a verified event has no uncertainty in its name', async ({ page }) => {
		const sure = EVENTS.find((e) => e.id === 'un-res-74-247')!;
		expect(sure.uncertain).toBeUndefined();
		await page.goto(`/?event=${sure.id}`);
		await ready(page);
		const name = (await mark(page, sure.id).getAttribute('aria-label')) ?? '';
		expect(name.startsWith(sure.short!.en)).toBe(true);
		expect(name).not.toMatch(/verified|confirmed/);
		await expect(mark(page, sure.id)).not.toHaveClass(/\buncertain\b/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the event list names the field in doubt beside each uncertain event', async ({ page }) => {
		await page.goto('/');
		for (const e of UNCERTAIN) {
			const item = page.locator('ol.event-list li', { has: page.locator(`a[href="/events/${e.id}"]`) });
			await expect(item.locator('.badge.uncertain'), e.id).toHaveText(LABEL[e.uncertain!.about]!.en);
		}
		await expect(page.locator('ol.event-list .badge.uncertain')).toHaveCount(UNCERTAIN.length);
	});
});
