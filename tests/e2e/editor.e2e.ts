// End-to-end tests of the editor (/edit, /ru/edit) in real Chromium against the built site: make a
// timeline, add, edit, duplicate and delete events (the table, the form and the timeline agree),
// undo and redo with the keys, validation messages next to their fields, the work still there after
// a reload, the list of timelines (rename, delete after asking), a file opened with the picker and
// by dropping it, a share link opened in a new page (/ and /embed show the same events), a
// timeline too big for a link, scenes captured, reordered and presented with the keys, a table of
// 10,000 rows with only the visible rows in the DOM, and axe-core on /edit (light and dark, both
// languages). Nothing is requested from another host. Every test starts with an empty browser
// storage (a new context).
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, failOnPageErrors, guardExternalRequests } from './helpers';

failOnPageErrors(test);
test.use({ reducedMotion: 'reduce' });

const SAVED = 'Saved in this browser';
const grid = (page: Page) => page.getByRole('grid');
const rows = (page: Page) => page.locator('.event-grid .body [role="row"]');
const row = (page: Page, n: number) => page.locator(`.event-grid .body [role="row"][aria-rowindex="${n + 1}"]`);
const marks = (page: Page) => page.locator('.timeline-col .plot button[data-id]');
const titleEn = (page: Page) => page.getByRole('group', { name: 'Title', exact: true }).getByLabel('English');
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /Saved in this browser|Saving/ })).toHaveText(SAVED);

/** Opens /edit and starts an empty timeline; resolves once the editor shows it. */
async function newTimeline(page: Page) {
	await page.goto('/edit');
	await page.getByRole('button', { name: 'New empty timeline' }).click();
	await expect(page).toHaveURL(/\/edit\?t=/);
	await expect(page.getByRole('heading', { name: 'Events (0)' })).toBeVisible();
}

/** Adds an event and gives it a title (the form opens on it with the title focused). */
async function addEvent(page: Page, title: string, year?: string) {
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(titleEn(page)).toBeFocused();
	await titleEn(page).fill(title);
	if (year) await startYear(page).fill(year);
}
const startYear = (page: Page) => page.getByRole('group', { name: 'Start' }).getByLabel('Year', { exact: true });

/** A dataset in our format with `n` events over 1990–2029 in three lanes. */
function dataset(n: number) {
	const tracks = ['a', 'b', 'c'].map((id) => ({ id, label: `Lane ${id.toUpperCase()}` }));
	const events = Array.from({ length: n }, (_, i) => ({
		id: `e${i}`,
		track: tracks[i % 3]!.id,
		start: `${1990 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
		title: `Event number ${i}`
	}));
	return { tracks, events };
}

test.describe('editing', () => {
	test('add, edit, duplicate and delete events: the table, the form and the timeline follow', async ({ page }) => {
		const guard = guardExternalRequests(page);
		await newTimeline(page);
		await addEvent(page, 'Treaty signed', '2001');
		await expect(row(page, 1)).toContainText('Treaty signed');
		await expect(row(page, 1)).toContainText('2001');
		await expect(marks(page)).toHaveCount(1);
		// A new event's id follows its title.
		await expect(marks(page).first()).toHaveAttribute('data-id', 'treaty-signed');

		// The date's precision: a day in June.
		const start = page.getByRole('group', { name: 'Start' });
		await start.getByLabel('Known to').selectOption('day');
		await start.getByLabel('Month', { exact: true }).selectOption({ label: 'June' });
		await start.getByLabel('Day', { exact: true }).fill('16');
		await expect(row(page, 1)).toContainText('2001-06-16');
		// An end makes it a span.
		await page.getByRole('group', { name: 'End' }).getByLabel('Known to').selectOption('year');
		await page.getByRole('group', { name: 'End' }).getByLabel('Year', { exact: true }).fill('2003');
		await expect(row(page, 1)).toContainText('2001-06-16 – 2003');

		await page.getByRole('button', { name: 'Duplicate' }).click();
		await expect(rows(page)).toHaveCount(2);
		await expect(row(page, 2)).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator('#f-id')).toHaveValue('treaty-signed-copy');
		await titleEn(page).fill('Treaty in force');
		await expect(marks(page)).toHaveCount(2);
		await expect(page.getByRole('heading', { name: 'Events (2)' })).toBeVisible();

		await page.getByRole('button', { name: 'Delete event' }).click();
		await expect(rows(page)).toHaveCount(1);
		await expect(row(page, 1)).toContainText('Treaty signed');
		await expect(marks(page)).toHaveCount(1);
		guard.expectNone();
	});

	test('undo and redo with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; a burst of typing is one step', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'First');
		// Leaving the field ends the step; coming back starts another.
		await titleEn(page).press('Tab');
		await titleEn(page).focus();
		await titleEn(page).press('End');
		await titleEn(page).pressSequentially(' draft');
		await expect(titleEn(page)).toHaveValue('First draft');
		await page.keyboard.press('Control+z');
		await expect(titleEn(page)).toHaveValue('First');
		await page.keyboard.press('Control+Shift+z');
		await expect(titleEn(page)).toHaveValue('First draft');
		await page.keyboard.press('Control+z');
		await page.keyboard.press('Control+z');
		// Back to the event as added, then to no event at all.
		await expect(titleEn(page)).toHaveValue('New event');
		await page.keyboard.press('Control+z');
		await expect(rows(page)).toHaveCount(0);
		await page.keyboard.press('Control+y');
		await expect(rows(page)).toHaveCount(1);
		// The buttons do the same.
		await page.getByRole('button', { name: 'Redo' }).click();
		await page.getByRole('button', { name: 'Redo' }).click();
		await row(page, 1).click();
		await expect(titleEn(page)).toHaveValue('First draft');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(titleEn(page)).toHaveValue('First');
	});

	test('problems show next to their field as you type, and the event leaves the timeline until fixed', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'Leap day', '2021');
		const start = page.getByRole('group', { name: 'Start' });
		await start.getByLabel('Known to').selectOption('day');
		await start.getByLabel('Month', { exact: true }).selectOption({ label: 'February' });
		await start.getByLabel('Day', { exact: true }).fill('29');
		await expect(start.getByRole('listitem')).toHaveText('No such date (check the month and the day).');
		await expect(start.getByLabel('Day', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Not on the timeline until the problems marked below are fixed.')).toBeVisible();
		await expect(marks(page)).toHaveCount(0);
		await expect(row(page, 1)).toContainText('problems: 1');

		await startYear(page).fill('2020');
		await expect(start.getByRole('listitem')).toHaveCount(0);
		await expect(marks(page)).toHaveCount(1);

		// A title in neither language, a link that is not http(s), an id used twice.
		await titleEn(page).fill('');
		await expect(page.getByRole('group', { name: 'Title', exact: true }).getByRole('listitem')).toHaveText('Required.');
		await titleEn(page).fill('Back');
		await page.getByRole('button', { name: 'Add a source' }).click();
		await page.getByLabel('Link 1').fill('javascript:alert(1)');
		await expect(page.getByRole('group', { name: 'Sources' }).getByRole('listitem')).toHaveText('Must be a full link starting with http:// or https://');
		await page.getByLabel('Link 1').fill('https://example.org/a');
		await expect(page.getByRole('group', { name: 'Sources' }).getByRole('listitem')).toHaveCount(0);
		await page.getByRole('button', { name: 'Duplicate' }).click();
		await page.locator('#f-id').fill('back');
		await expect(page.locator('#f-id-problems')).toHaveText('The id “back” is already used in row 1.');
		await expect(page.getByText('On the timeline: 1. Problems: 1.')).toBeVisible();
	});

	test('the table is one Tab stop: arrows, Home and End move the selection, Enter goes to the form', async ({ page }) => {
		await newTimeline(page);
		for (const t of ['One', 'Two', 'Three']) await addEvent(page, t);
		await grid(page).focus();
		await page.keyboard.press('Home');
		await expect(row(page, 1)).toHaveAttribute('aria-selected', 'true');
		await expect(grid(page)).toHaveAttribute('aria-activedescendant', /^cell-/);
		await page.keyboard.press('ArrowDown');
		await expect(row(page, 2)).toHaveAttribute('aria-selected', 'true');
		await expect(titleEn(page)).toHaveValue('Two');
		await page.keyboard.press('End');
		await expect(titleEn(page)).toHaveValue('Three');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(titleEn(page)).toBeFocused();
		await expect(titleEn(page)).toHaveValue('Two');
	});

	test('a click on the timeline selects the event in the table', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'Early', '1990');
		await addEvent(page, 'Late', '2020');
		await marks(page).first().click();
		await expect(row(page, 1)).toHaveAttribute('aria-selected', 'true');
		await expect(titleEn(page)).toHaveValue('Early');
	});
});

test.describe('kept in this browser', () => {
	test('the work is still there after a reload', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'Kept', '1999');
		await saved(page);
		const url = page.url();
		await page.reload();
		await expect(page).toHaveURL(url);
		await expect(row(page, 1)).toContainText('Kept');
		await expect(row(page, 1)).toContainText('1999');
		await expect(marks(page)).toHaveCount(1);
	});

	test('the list: open, rename and delete (after asking)', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'Something');
		await saved(page);
		await page.getByRole('link', { name: '← All your timelines' }).click();
		const item = page.getByRole('listitem').filter({ hasText: 'Untitled timeline' });
		await expect(item).toContainText('events: 1');

		await page.getByRole('button', { name: 'Rename Untitled timeline' }).click();
		await page.getByLabel('New name').fill('My history');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('link', { name: 'My history' })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('link', { name: 'My history' })).toBeVisible();

		// Cancel keeps it; Delete removes it.
		await page.getByRole('button', { name: 'Delete My history' }).click();
		const dialog = page.getByRole('dialog', { name: 'Delete this timeline?' });
		await expect(dialog).toContainText('“My history” and its 1 events will be deleted');
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('link', { name: 'My history' })).toBeVisible();
		await page.getByRole('button', { name: 'Delete My history' }).click();
		await dialog.getByRole('button', { name: 'Delete' }).click();
		await expect(page.getByRole('link', { name: 'My history' })).toHaveCount(0);
		await expect(page.getByText('None yet.')).toBeVisible();

		await page.reload();
		await expect(page.getByText('None yet.')).toBeVisible();
	});

	test('a file opened with the picker or dropped on the page becomes a timeline', async ({ page }) => {
		const file = { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset(5))) };
		await page.goto('/edit');
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open a file…' }).click();
		await (await chooser).setFiles(file);
		await expect(page).toHaveURL(/t=/);
		await expect(page.getByText('mine: events taken in: 5; problems: 0.')).toBeVisible();
		await expect(rows(page)).toHaveCount(5);
		await expect(marks(page)).toHaveCount(5);

		await page.getByRole('link', { name: '← All your timelines' }).click();
		const text = JSON.stringify(dataset(3));
		const dt = await page.evaluateHandle((t) => {
			const d = new DataTransfer();
			d.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
			return d;
		}, text);
		await page.getByRole('region', { name: 'Drop a file' }).dispatchEvent('drop', { dataTransfer: dt });
		await expect(page.getByText('dropped: events taken in: 3; problems: 0.')).toBeVisible();
		await expect(rows(page)).toHaveCount(3);

		// Not a timeline: why, and nothing made.
		await page.getByRole('link', { name: '← All your timelines' }).click();
		const drop = async (name: string, text: string) => {
			const handle = await page.evaluateHandle(
				([n, t]) => {
					const d = new DataTransfer();
					d.items.add(new File([t], n, { type: 'application/json' }));
					return d;
				},
				[name, text] as const
			);
			await page.getByRole('region', { name: 'Drop a file' }).dispatchEvent('drop', { dataTransfer: handle });
		};
		await drop('bad.json', '{"tracks": []}');
		await expect(page.getByRole('alert')).toContainText('bad could not be opened as a timeline');
		await expect(page.getByRole('alert')).toContainText('events');
		await expect(page).not.toHaveURL(/t=/);

		// A bad row does not sink the file: the good events come in, the bad one is listed.
		const mixed = dataset(3);
		mixed.events[1]!.start = '2021-02-30';
		await drop('mixed.json', JSON.stringify(mixed));
		await expect(page.getByText('mixed: events taken in: 2; problems: 1.')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'mixed' })).toContainText('events[1]');
		await expect(rows(page)).toHaveCount(2);
	});

	test('a TimelineJS file opens as a timeline; CSV and TimelineJS exports read back', async ({ page }) => {
		const tljs = {
			title: { text: { headline: 'Space race', text: '<p>From Sputnik to Apollo.</p>' } },
			events: [
				{ start_date: { year: 1957, month: 10, day: 4 }, text: { headline: 'Sputnik 1' }, group: 'USSR', unique_id: 'sputnik' },
				{ start_date: { year: '1969', month: '7', day: '20', hour: '20', minute: '17' }, text: { headline: 'Apollo 11 lands' }, group: 'USA' }
			]
		};
		await page.goto('/edit');
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open a file…' }).click();
		await (await chooser).setFiles({ name: 'space.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tljs)) });
		await expect(page.getByText('space: events taken in: 2; problems: 0.')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Editor' })).toContainText('Space race');
		await expect(row(page, 2)).toContainText('1969-07-20T20:17');
		await expect(marks(page)).toHaveCount(2);
		await page.locator('summary', { hasText: 'Lanes' }).click();
		await expect(page.getByLabel('Name, English').first()).toHaveValue('USSR');

		for (const [button, check] of [
			[/^CSV/, (t: string) => expect(t).toContain('Apollo 11 lands')],
			[/^TimelineJS/, (t: string) => expect(JSON.parse(t).events.map((e: { unique_id: string }) => e.unique_id)).toContain('sputnik')]
		] as const) {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: button }).click();
			check(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8'));
		}
	});
});

test.describe('sharing', () => {
	test('a share link carries the timeline: / and /embed show the same events, without a server', async ({ page, context }) => {
		await newTimeline(page);
		await addEvent(page, 'Alpha', '1995');
		await addEvent(page, 'Beta', '2005');
		await addEvent(page, 'Gamma', '2015');
		await page.getByRole('button', { name: 'Make a link' }).click();
		const link = await page.getByLabel(/^Link \(\d+ characters of data\)$/).inputValue();
		expect(new URL(link).hash).toMatch(/^#data=[A-Za-z0-9_-]+$/);
		expect(new URL(link).search).toBe('');

		const other = await context.newPage();
		const guard = guardExternalRequests(other);
		const requests: string[] = [];
		other.on('request', (r) => requests.push(r.url()));
		await other.goto(link);
		await expect(other.getByText('Events imported from this link: 3.')).toBeVisible();
		const ids = other.locator('.plot button[data-id]');
		await expect(ids).toHaveCount(3);
		expect((await ids.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(['alpha', 'beta', 'gamma']);
		// The data never went to the server: no request carries it.
		expect(requests.filter((u) => u.includes('data='))).toEqual([]);

		const embed = new URL(link);
		embed.pathname = '/embed';
		await other.goto(embed.href);
		await expect(other.locator('.plot button[data-id]')).toHaveCount(3);
		await expect(other.getByRole('link', { name: 'Open in full view' })).toHaveAttribute('href', /#data=/);
		guard.expectNone();

		// The link to edit a copy makes it a timeline of one's own in the editor.
		const edit = await page.getByRole('link', { name: 'Link to edit a copy' }).getAttribute('href');
		expect(new URL(edit!).pathname).toBe('/edit');
		await other.goto(edit!);
		await expect(other).toHaveURL(/\/edit\?t=/);
		await expect(other.getByRole('navigation', { name: 'Editor' })).toContainText('Timeline from a link');
		await expect(other.locator('.event-grid .body [role="row"]')).toHaveCount(3);

		// A link cut short is reported, and the bundled timeline is shown.
		await other.goto(link.slice(0, -40));
		await expect(other.getByRole('alert')).toContainText('Nothing could be imported from this link.');
		await expect(other.getByRole('alert')).toContainText('the data in the link could not be read');
	});

	test('the embed dialog gives a #data= snippet and one for a published file (?data=)', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'Alpha', '1995');
		await page.getByRole('button', { name: 'Make a link' }).click();
		const link = await page.getByLabel(/^Link/).inputValue();
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this view in a page' });
		const snippet = await dialog.getByLabel('Fixed height').inputValue();
		const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
		expect(new URL(src).pathname).toBe('/embed');
		expect(new URL(src).hash).toBe(new URL(link).hash);
		await dialog.getByLabel('Address of the published file (for ?data=)').fill('https://example.org/mine.json');
		const hosted = await dialog.getByLabel('Embed code for the published file').inputValue();
		const hostedSrc = new URL(/src="([^"]+)"/.exec(hosted)![1]!.replace(/&amp;/g, '&'));
		expect(hostedSrc.pathname).toBe('/embed');
		expect(hostedSrc.searchParams.get('data')).toBe('https://example.org/mine.json');
		expect(hostedSrc.hash).toBe('');
	});

	test('a timeline too big for a link says so and offers the file', async ({ page }) => {
		await page.goto('/edit');
		await page.getByRole('button', { name: 'Copy of the bundled timeline' }).click();
		await expect(page).toHaveURL(/t=/);
		await page.getByRole('button', { name: 'Make a link' }).click();
		await expect(page.getByRole('alert')).toContainText('This timeline is too big for a link');
		await expect(page.getByLabel(/^Link/)).toHaveCount(0);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the file (JSON)' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('information-security-policy-copy.json');
		const text = await (await file.createReadStream()).toArray();
		const data = JSON.parse(Buffer.concat(text).toString('utf8'));
		expect(data.events.length).toBeGreaterThan(50);
		expect(data.documents.length).toBe(1);
	});
});

test.describe('scenes', () => {
	test('capture the view as scenes, reorder them with the keyboard, present them with the keys', async ({ page }) => {
		await newTimeline(page);
		await addEvent(page, 'Alpha', '1995');
		await addEvent(page, 'Beta', '2015');
		await page.locator('summary', { hasText: 'Scenes' }).click();
		await row(page, 1).click();
		await page.getByLabel('Scene title', { exact: true }).fill('The beginning');
		await page.getByLabel('Text', { exact: true }).fill('It starts here.');
		await page.getByRole('button', { name: 'Capture this view as a scene' }).click();
		await row(page, 2).click();
		await page.getByLabel('Scene title', { exact: true }).fill('Later');
		await page.getByRole('button', { name: 'Capture this view as a scene' }).click();
		await expect(page.getByLabel('Title of scene 1')).toHaveValue('The beginning');
		await expect(page.getByLabel('Title of scene 2')).toHaveValue('Later');

		// Reorder with the keyboard: focus stays on the moved scene.
		await page.getByRole('button', { name: 'Move scene 1 down' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Title of scene 1')).toHaveValue('Later');
		await expect(page.getByLabel('Title of scene 2')).toHaveValue('The beginning');
		await expect(page.getByRole('button', { name: 'Move scene 2 up' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Title of scene 1')).toHaveValue('The beginning');

		await page.getByRole('button', { name: 'Present', exact: true }).click();
		const show = page.getByRole('dialog');
		await expect(show.locator('.progress')).toHaveText('Scene 1 of 2');
		await expect(show.locator('.caption h1')).toHaveText('The beginning');
		await expect(show.locator('.caption .text')).toHaveText('It starts here.');
		await expect(show.locator('.caption .when')).toContainText('Alpha');
		await page.keyboard.press('ArrowRight');
		await expect(show.locator('.progress')).toHaveText('Scene 2 of 2');
		await expect(show.locator('.caption h1')).toHaveText('Later');
		await page.keyboard.press('Home');
		await expect(show.locator('.progress')).toHaveText('Scene 1 of 2');
		await page.keyboard.press('End');
		await expect(show.locator('.progress')).toHaveText('Scene 2 of 2');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await expect(marks(page)).toHaveCount(2);

		// Scenes are saved and exported with the timeline.
		await saved(page);
		await page.reload();
		await expect(page.getByLabel('Title of scene 2')).toHaveValue('Later');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /^JSON/ }).click();
		const text = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
		const data = JSON.parse(text);
		expect(data.stories[0].scenes.map((s: { title: { en: string } }) => s.title.en)).toEqual(['The beginning', 'Later']);
		expect(data.stories[0].scenes[0].event).toBe('alpha');
	});
});

test.describe('scale', () => {
	test('10,000 rows: only the visible rows are in the DOM, End reaches the last, one edit follows', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/edit');
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open a file…' }).click();
		await (await chooser).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset(10_000))) });
		await expect(page.getByRole('heading', { name: 'Events (10000)' })).toBeVisible({ timeout: 60_000 });
		await expect(grid(page)).toHaveAttribute('aria-rowcount', '10001');
		expect(await rows(page).count()).toBeLessThan(60);
		await grid(page).focus();
		await page.keyboard.press('End');
		await expect(row(page, 10_000)).toHaveAttribute('aria-selected', 'true');
		await expect(row(page, 10_000)).toBeInViewport();
		expect(await rows(page).count()).toBeLessThan(60);
		await page.keyboard.press('PageUp');
		await expect(titleEn(page)).not.toHaveValue('Event number 9999');
		await page.keyboard.press('End');
		await titleEn(page).fill('The very last one');
		await expect(row(page, 10_000)).toContainText('The very last one');
		await expect(page.locator('.timeline-col .plot')).toBeVisible();
		await grid(page).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
		await expect(row(page, 5_000)).toBeVisible();
	});
});

/** A small dataset with a document, so that the form shows paragraph links too. */
const withDocument = {
	documents: [
		{
			id: 'doc',
			title: { en: 'A statement', ru: 'Заявление' },
			date: '2020-11-10',
			paragraphs: [
				{ id: 'p1', ru: 'Первый пункт.', en: 'First paragraph.', gist: { en: 'Beginning', ru: 'Начало' } },
				{ id: 'p2', ru: 'Второй пункт.', en: 'Second paragraph.' }
			]
		}
	],
	tracks: [
		{ id: 'a', label: { en: 'Lane A', ru: 'Лента А' } },
		{ id: 'b', label: { en: 'Lane B', ru: 'Лента Б' } }
	],
	events: [
		{ id: 'one', track: 'a', start: '2001', title: { en: 'One', ru: 'Один' }, paragraphs: [{ ref: 'doc#p1' }], sources: [{ url: 'https://example.org/1' }] },
		{ id: 'two', track: 'b', start: '2010-05', end: '2012', title: { en: 'Two', ru: 'Два' } },
		{ id: 'three', track: 'a', start: '2020-11-10', title: { en: 'Three', ru: 'Три' }, paragraphs: [{ ref: 'doc#p2' }] }
	]
};

test.describe('accessibility', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test.describe(scheme, () => {
			test.use({ colorScheme: scheme });
			for (const [lang, prefix, empty, open] of [
				['en', '', 'New empty timeline', 'Open a file…'],
				['ru', '/ru', 'Новая пустая хронология', 'Открыть файл…']
			] as const) {
				test(`/edit in ${lang}: the list, and the editor with an event selected and a problem`, async ({ page }) => {
					test.setTimeout(60_000);
					await page.goto(`${prefix}/edit`);
					await expect(page.getByRole('button', { name: empty })).toBeVisible();
					await expectNoAxeViolations(page);
					const chooser = page.waitForEvent('filechooser');
					await page.getByRole('button', { name: open }).click();
					await (await chooser).setFiles({ name: 'doc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withDocument)) });
					await expect(page).toHaveURL(/t=/);
					await row(page, 1).click();
					await expect(page.locator('#f-paragraphs-0')).toBeVisible();
					await page.locator('#f-start-year').fill('abc');
					for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
					await expect(page.locator('#f-start-problems')).toBeVisible();
					await expectNoAxeViolations(page);
				});
			}
		});
	}
});
