// The editor's case of `npm run bench`: at N synthetic events (the harness's /synthetic-N.json,
// dropped on /edit as a file), the time from the drop until the editor shows the table and the
// timeline; the script time of one keystroke in the form of the last row (the draft, validation,
// table and form; past 2,000 rows the timeline follows within 150 ms, throttled) and the time to
// the next frame; the frame times while the table scrolls; and how many rows are in the DOM.
// Medians of `repeats` runs. A report: nothing here asserts on timings.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium.mjs';

const median = (/** @type {number[]} */ xs) => {
	const s = xs.slice().sort((a, b) => a - b);
	return s[s.length >> 1];
};
const pct = (/** @type {number[]} */ xs, /** @type {number} */ p) => {
	const s = xs.slice().sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

/** One run at N events in a fresh browser context (empty storage). */
async function runOnce(browser, origin, n) {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
	const page = await ctx.newPage();
	try {
		await page.goto(`${origin}/edit`);
		await page.getByRole('region', { name: 'Drop a file' }).waitFor();
		const text = await page.evaluate(async (url) => (await fetch(url)).text(), `${origin}/synthetic-${n}.json`);
		const openMs = await page.evaluate(
			async ({ text, n }) => {
				const dt = new DataTransfer();
				dt.items.add(new File([text], 'synthetic.json', { type: 'application/json' }));
				const t0 = performance.now();
				document.querySelector('.drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
				const shown = () =>
					document.getElementById('events-heading')?.textContent?.includes(`(${n})`) &&
					document.querySelector('.timeline-col .plot .body');
				while (!shown()) await new Promise((r) => requestAnimationFrame(r));
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				return performance.now() - t0;
			},
			{ text, n }
		);
		await page.locator('.event-grid').focus();
		await page.keyboard.press('End');
		await page.locator('#f-title-en').waitFor();
		const keys = await page.evaluate(async () => {
			const input = /** @type {HTMLInputElement} */ (document.getElementById('f-title-en'));
			const script = [];
			const frame = [];
			for (let i = 0; i < 20; i++) {
				await new Promise((r) => setTimeout(r, 60));
				const a = performance.now();
				input.value += 'x';
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((r) => queueMicrotask(() => r(undefined)));
				script.push(performance.now() - a);
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				frame.push(performance.now() - a);
			}
			return { script, frame };
		});
		const scroll = await page.evaluate(async () => {
			const g = /** @type {HTMLElement} */ (document.querySelector('.event-grid'));
			g.scrollTop = 0;
			await new Promise((r) => requestAnimationFrame(r));
			const frames = [];
			let rows = 0;
			let last = performance.now();
			for (let i = 0; i < 120; i++) {
				g.scrollTop += 240;
				await new Promise((r) => requestAnimationFrame(r));
				const t = performance.now();
				frames.push(t - last);
				last = t;
				rows = Math.max(rows, document.querySelectorAll('.event-grid .body [role="row"]').length);
			}
			return { frames, rows };
		});
		return {
			openMs,
			keyScriptMs: median(keys.script),
			keyFrameMs: median(keys.frame),
			scrollP95Ms: pct(scroll.frames, 0.95),
			rowsInDom: scroll.rows
		};
	} finally {
		await ctx.close();
	}
}

/**
 * @param {{ harness: string, snapshot: string, chromium: string, sizes: number[], repeats: number }} o
 * @returns {Promise<{ n: number, openMs: number, keyScriptMs: number, keyFrameMs: number, scrollP95Ms: number, rowsInDom: number }[]>}
 */
export async function measureEditor({ harness, snapshot, chromium: executablePath, sizes, repeats }) {
	const { startServer } = await import(pathToFileURL(join(harness, 'server.mjs')).href);
	const srv = await startServer({ serveDir: snapshot });
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const out = [];
		for (const n of sizes) {
			const runs = [];
			for (let r = 0; r < repeats; r++) runs.push(await runOnce(browser, srv.origin, n));
			const m = (/** @type {keyof typeof runs[number]} */ k) => median(runs.map((x) => x[k]));
			out.push({ n, openMs: m('openMs'), keyScriptMs: m('keyScriptMs'), keyFrameMs: m('keyFrameMs'), scrollP95Ms: m('scrollP95Ms'), rowsInDom: m('rowsInDom') });
		}
		return out;
	} finally {
		await browser.close();
		await srv.close();
	}
}

/** The editor's lines of the summary. */
export function editorTable(rows) {
	const f = (/** @type {number} */ x) => x.toFixed(x < 100 ? 1 : 0);
	return [
		'| N | open (drop → drawn) ms | keystroke script ms | keystroke → next frame ms | table scroll p95 frame ms | rows in DOM |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${f(r.openMs)} | ${f(r.keyScriptMs)} | ${f(r.keyFrameMs)} | ${f(r.scrollP95Ms)} | ${r.rowsInDom} |`)
	].join('\n');
}
