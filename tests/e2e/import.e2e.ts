// End-to-end tests of importing your own data on /: the "Open a file" picker (by pointer and by
// keyboard), dropping a file on the page, pasting text or a file, and ?data=; the notice says how
// many events came in and lists every problem (collapsed when long); a file from which nothing can
// be imported keeps what was shown; hostile HTML in TimelineJS text is inert whatever the way in;
// data with times of day zooms to hours; Russian problem reasons; axe finds nothing.
import { test, expect, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, failOnPageErrors, guardExternalRequests } from './helpers';

failOnPageErrors(test);

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../static/examples/${name}`, import.meta.url)), 'utf8');
const TLJS_HEADER =
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

async function openTimeline(page: Page, path = '/') {
	expect((await page.goto(path))?.status()).toBe(200);
	await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
	await expect(openButton(page)).toBeVisible();
}
const openButton = (page: Page) => page.getByRole('button', { name: /^(Open a file|Открыть файл)$/ });
const drawnIds = (page: Page) => page.locator('.plot button.mark').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id!));
const notices = (page: Page) => page.locator('.notices');

type Way = 'picker' | 'drop' | 'paste' | 'paste-file' | 'url';

/** Imports `text` (as file `name`) by one of the ways in. */
async function importBy(page: Page, way: Way, name: string, text: string, type = name.endsWith('.csv') ? 'text/csv' : 'application/json') {
	if (way === 'url') {
		await page.route((u) => u.pathname === `/test-data/${name}`, (route: Route) => route.fulfill({ status: 200, contentType: type, body: text }));
		await openTimeline(page, `/?data=/test-data/${name}`);
		return;
	}
	if (way === 'picker') {
		const chooser = page.waitForEvent('filechooser');
		await openButton(page).click();
		await (await chooser).setFiles({ name, mimeType: type, buffer: Buffer.from(text) });
		return;
	}
	if (way === 'paste') {
		await page.evaluate((t) => navigator.clipboard.writeText(t), text);
		await page.locator('h1').click();
		await page.keyboard.press('ControlOrMeta+V');
		return;
	}
	const dt = await page.evaluateHandle(
		([t, n, ty]) => {
			const d = new DataTransfer();
			d.items.add(new File([t], n, { type: ty }));
			return d;
		},
		[text, name, type] as const
	);
	if (way === 'drop') {
		await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
		await expect(page.getByText(/^Drop the file to open it$/)).toBeVisible();
		await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
		await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
		await expect(page.getByText(/^Drop the file to open it$/)).toHaveCount(0);
	} else {
		await page.evaluate((d) => {
			document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true }));
		}, dt);
	}
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('opening your own data', () => {
	test('the picker opens a TimelineJS file: title, intro, lanes per group, eras, links; the URL is reset', async ({ page }) => {
		const guard = guardExternalRequests(page);
		await openTimeline(page, '/?from=2001-01-01&to=2005-01-01');
		await importBy(page, 'picker', 'timelinejs.json', example('timelinejs.json'));
		await expect(notices(page)).toContainText('Events imported from timelinejs.json: 7.');
		expect((await drawnIds(page)).sort()).toEqual(
			['cc-budapest-adopted', 'un-gge-report-2010', 'un-gge-report-2013', 'un-res-53-70', 'un-res-73-27', 'un-res-74-247', 'un-res-79-243'].sort()
		);
		await expect(page.getByRole('heading', { name: 'ICT security and cybercrime: an example' })).toBeVisible();
		await expect(page.locator('.plot .lane-label')).toHaveText(['UN: ICT security', 'Cybercrime']);
		await expect(page.getByRole('img', { name: /^Periods: OEWG 2019–2021 \(3 June 2019 – 12 March 2021\); Ad Hoc Committee/ })).toBeVisible();
		await expect(page.locator('svg.eras text')).toContainText(['OEWG 2019–2021', 'Ad Hoc Committee negotiating sessions']);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		// The event's link is a source; nothing else loads from another host.
		await page.locator('.plot button.mark[data-id="un-res-73-27"]').click();
		await expect(page.getByRole('link', { name: 'UN document A/RES/73/27' })).toHaveAttribute('href', 'https://docs.un.org/en/A/RES/73/27');
		guard.expectNone();
	});

	test('the picker is reached with the keyboard', async ({ page }) => {
		await openTimeline(page);
		await openButton(page).focus();
		await expect(openButton(page)).toBeFocused();
		const chooser = page.waitForEvent('filechooser');
		await openButton(page).press('Enter');
		await (await chooser).setFiles({ name: 'minimal.json', mimeType: 'application/json', buffer: Buffer.from(example('minimal.json')) });
		await expect(notices(page)).toContainText('Events imported from minimal.json: 7.');
	});

	test('a dropped TimelineJS sheet is imported; every bad row is listed by row, column and reason', async ({ page }) => {
		await openTimeline(page);
		const sheet = [
			TLJS_HEADER + ',Notes',
			'2001,11,8,,,,,,,Good one,,,,,,,A,,',
			'1948,13,14,,,,,,,Month 13,,,,,,,,,',
			'2001,2,30,,,,,,,Thirtieth of February,,,,,,,,,',
			'soon,,,,,,,,,Year not a number,,,,,,,,,',
			',,,,,,,,,No date,,,,,,,,,',
			'2010,,,,2005,,,,,Ends first,,,,,,,,,',
			'2009,6,16,14:30,,,,,,Timed,,,,,,,B,,'
		].join('\n');
		await importBy(page, 'drop', 'sheet.csv', sheet);
		await expect(notices(page)).toContainText('Events imported from sheet.csv: 2. Problems found: 6.');
		const items = notices(page).getByRole('listitem');
		await expect(items).toHaveText([
			'row 1 · Notes: unknown column “Notes”; ignored',
			'row 3 · Month: month 13 does not exist (1–12); the event was left out',
			'row 4 · Day: 2001-02-30 is not a real date (that month has 28 days); the event was left out',
			'row 5 · Year: “soon” is not a whole number; the event was left out',
			'row 6 · Year: has no start date; the event was left out',
			'row 7 · end: ends (2005) before it starts (2010); the event was left out'
		]);
		await expect(page.locator('.plot .lane-label')).toHaveText(['A', 'B']);
	});

	test('a long list of problems is collapsed, and lists them all when opened', async ({ page }) => {
		await openTimeline(page);
		const events = [{ id: 'ok', start: '2001', title: 'Fine', track: 'a' }, ...Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, start: `2001-13`, title: 'Bad', track: 'a' }))];
		await importBy(page, 'paste-file', 'many.json', JSON.stringify({ events }));
		await expect(notices(page)).toContainText('Events imported from many.json: 1. Problems found: 40.');
		const summary = notices(page).getByText('List of problems (40)');
		await expect(notices(page).getByRole('listitem')).toHaveCount(0);
		await summary.click();
		await expect(notices(page).getByRole('listitem')).toHaveCount(40);
		await expect(notices(page).getByRole('listitem').last()).toHaveText('events[40] · start: month 13 does not exist (1–12); the event was left out');
	});

	test('pasted text is imported; pasting into the search box is not', async ({ page }) => {
		await openTimeline(page);
		const search = page.getByRole('combobox', { name: 'Search events and the statement' });
		await search.click();
		await page.evaluate((t) => navigator.clipboard.writeText(t), 'id,track,start\na,b,2001');
		await page.keyboard.press('ControlOrMeta+V');
		await expect(search).toHaveValue(/^id,track,start/);
		await expect(notices(page)).not.toContainText('Events imported');
		await importBy(page, 'paste', 'x', example('timeline.csv'));
		await expect(notices(page)).toContainText('Events imported from pasted text: 7.');
		await expect(page.locator('.plot .lane-label')).toHaveText(['UN: ICT security', 'Cybercrime']);
	});

	test('a file from which nothing can be imported keeps what was shown, and says why', async ({ page }) => {
		await openTimeline(page);
		await importBy(page, 'picker', 'minimal.json', example('minimal.json'));
		await expect(notices(page)).toContainText('Events imported from minimal.json: 7.');
		const before = (await drawnIds(page)).sort();
		await importBy(page, 'picker', 'notes.txt', 'just some notes, nothing more\nline two', 'text/plain');
		const alert = notices(page).getByRole('alert');
		await expect(alert).toContainText('Nothing could be imported from notes.txt. The timeline you had stays.');
		await expect(alert).toContainText('is not a format this app reads');
		expect((await drawnIds(page)).sort()).toEqual(before);
		await expect(notices(page)).toContainText('Events imported from minimal.json: 7.');
	});

	test('?data= reads a TimelineJS sheet and a partly bad file, listing the problems', async ({ page }) => {
		const partial = JSON.stringify({
			tracks: [{ id: 'a', label: 'A' }],
			events: [
				{ id: 'e1', start: '2001-02-03', title: 'First', track: 'a' },
				{ id: 'e2', start: '2001-02-30', title: 'Bad day', track: 'a' },
				{ id: 'e3', start: '2002', title: 'Lost lane', track: 'zz' }
			]
		});
		await importBy(page, 'url', 'partial.json', partial);
		await expect(notices(page)).toContainText('Events imported from /test-data/partial.json: 1. Problems found: 2.');
		await expect(notices(page).getByRole('listitem')).toHaveText([
			'events[1] · start: 2001-02-30 is not a real date (that month has 28 days); the event was left out',
			'events[2] · track: unknown lane “zz”; the event was left out'
		]);
		expect(await drawnIds(page)).toEqual(['e1']);
		await page.goto('/?data=/examples/timelinejs-sheet.csv');
		await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
		await expect(notices(page)).toContainText('Events imported from /examples/timelinejs-sheet.csv: 7.');
	});

	test('problems are given in Russian on /ru', async ({ page }) => {
		await openTimeline(page, '/ru');
		await importBy(page, 'picker', 'bad.json', JSON.stringify({ events: [{ id: 'a', start: '2001', title: 'A', track: 't' }, { id: 'b', start: '2001-13', title: 'B', track: 't' }] }));
		await expect(notices(page)).toContainText('Импортировано событий из bad.json: 1. Найдено проблем: 1.');
		await expect(notices(page).getByRole('listitem')).toHaveText(['events[1] · start: месяца 13 не бывает (1–12); событие не импортировано']);
	});

	test('data with times of day zooms in to hours', async ({ page }) => {
		await openTimeline(page);
		const events = [
			{ start_date: { year: 2009, month: 6, day: 16, hour: 9 }, text: { headline: 'Opening' } },
			{ start_date: { year: 2009, month: 6, day: 16, hour: 14, minute: 30 }, end_date: { year: 2009, month: 6, day: 16, hour: 16 }, text: { headline: 'Session' } },
			{ start_date: { year: 2009, month: 6, day: 17, hour: 11 }, text: { headline: 'Closing' } }
		];
		await importBy(page, 'picker', 'day.json', JSON.stringify({ events }));
		await expect(notices(page)).toContainText('Events imported from day.json: 3.');
		await expect(page.locator('svg.axis g:not(.today) > text').first()).toHaveText(/\d\d:\d\d$/);
		await page.locator('.plot button.mark[data-id="session"]').click();
		await expect(page.locator('.panel time').first()).toHaveText('16 June 2009, 14:30–16:00');
		await page.getByRole('group', { name: /^Timeline plot, / }).focus();
		for (let i = 0; i < 6; i++) await page.keyboard.press('+');
		await expect.poll(async () => (await page.locator('svg.axis g:not(.today) > text').allTextContents()).every((t) => /\d\d:\d\d$/.test(t))).toBe(true);
	});

	test('axe finds nothing with an imported timeline, its problems, periods and intro', async ({ page }) => {
		await openTimeline(page);
		const tl = JSON.parse(example('timelinejs.json'));
		tl.events.push({ start_date: { year: 2001, month: 13 }, text: { headline: 'Bad' } });
		await importBy(page, 'picker', 'tl.json', JSON.stringify(tl));
		await expect(notices(page)).toContainText('Problems found: 1.');
		await expectNoAxeViolations(page);
	});
});

// ---- Hostile HTML is inert, whatever the way in ---------------------------------------------------

const PAYLOADS = [
	'<script>window.__pwned = "script"</script>',
	'<img src="x" onerror="window.__pwned = \'img\'">',
	'<a href="javascript:window.__pwned = \'js-link\'">click me</a>',
	'<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
	'<style>body { display: none }</style>',
	'<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
	'<a href="data:text/html,<script>alert(1)</script>">data link</a>',
	'<div onmouseover="window.__pwned = \'hover\'">hover text</div>'
].join(' ');

const hostileJson = JSON.stringify({
	title: { text: { headline: `Title ${PAYLOADS}`, text: `Intro ${PAYLOADS}` } },
	events: [
		{
			start_date: { year: 2001 },
			unique_id: 'evil',
			text: { headline: `Evil <b onclick="window.__pwned='b'">headline</b> ${PAYLOADS}`, text: `Body ${PAYLOADS} <a href="https://example.org/ok">fine link</a>` },
			media: { url: 'javascript:window.__pwned = "media"', caption: PAYLOADS },
			group: `<img src=x onerror="window.__pwned='group'">Group`
		},
		{ start_date: { year: 2002 }, unique_id: 'evil2', text: { headline: 'Second' }, media: { url: `<iframe src="javascript:parent.__pwned='embed'"></iframe>` } }
	]
});
const hostileCsv = `${TLJS_HEADER}\n2001,,,,,,,,,"Evil ${PAYLOADS.replace(/"/g, '""')}","Body ${PAYLOADS.replace(/"/g, '""')}","javascript:window.__pwned=1",,,,,"<img src=x onerror=""window.__pwned='group'"">G",`;

async function expectInert(page: Page) {
	await expect(notices(page)).toContainText(/Events imported from .*: (1|2)\./);
	const marks = page.locator('.plot button.mark');
	for (const id of await drawnIds(page)) {
		await page.locator(`.plot button.mark[data-id="${id}"]`).click();
		await expect(page.locator('#panel-title')).toBeVisible();
		await page.locator(`.plot button.mark[data-id="${id}"]`).hover();
	}
	await expect(marks.first()).toBeVisible();
	const found = await page.evaluate(() => {
		const all = [...document.querySelectorAll('*')];
		return {
			pwned: (window as { __pwned?: unknown }).__pwned ?? null,
			onAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
			iframes: document.querySelectorAll('iframe').length,
			badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
			injected: [...document.querySelectorAll('img[src="x"], script:not([src]):not([data-worker]):not([type="application/json"])')].map((e) => e.outerHTML.slice(0, 80)),
			bodyShown: getComputedStyle(document.body).display !== 'none'
		};
	});
	expect(found).toEqual({ pwned: null, onAttributes: [], iframes: 0, badLinks: [], injected: expect.any(Array), bodyShown: true });
	// The only inline scripts are the app's own (its bootstrap), never text from the file.
	for (const html of found.injected) expect(html).not.toMatch(/pwned/);
	// The text is kept as text.
	await expect(page.locator('#panel-title')).not.toContainText('<');
}

test.describe('hostile HTML in imported text', () => {
	for (const way of ['url', 'picker', 'drop', 'paste', 'paste-file'] as const) {
		test(`TimelineJS JSON by ${way}: nothing runs, no on… attribute, no script, iframe or javascript: link`, async ({ page }) => {
			if (way !== 'url') await openTimeline(page);
			await importBy(page, way, 'evil.json', hostileJson);
			await expectInert(page);
			await page.locator('.plot button.mark[data-id="evil"]').click();
			await expect(page.getByRole('link', { name: 'fine link' })).toHaveAttribute('href', 'https://example.org/ok');
		});
		test(`a TimelineJS sheet by ${way}: nothing runs`, async ({ page }) => {
			if (way !== 'url') await openTimeline(page);
			await importBy(page, way, 'evil.csv', hostileCsv, 'text/csv');
			await expectInert(page);
		});
	}
});
