// Import timing for `npm run bench -- --import`: synthetic files of N events in three formats (the
// TimelineJS sheet as CSV, our CSV, TimelineJS JSON) are opened with the "Open a file" button of /
// in headless Chromium, and the time from the file being chosen to the imported timeline being on
// screen is measured (reading, parsing and validating in the worker, building the model, drawing).
// The page's performance marks split the time: import:start (file chosen) -> import:imported (the
// worker's result is back) -> import:built (the model is built) -> drawn. Reports only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium.mjs';

const TLJS_HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

/** A seeded generator (mulberry32), so every run imports the same files. */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** N synthetic events: 8 groups, dates 1990-2025 at day, month or year precision, a third spans. */
function events(n) {
	const r = rng(n);
	return Array.from({ length: n }, (_, i) => {
		const y = 1990 + Math.floor(r() * 35);
		const p = r();
		const month = p < 0.8 ? 1 + Math.floor(r() * 12) : undefined;
		const day = month && p < 0.6 ? 1 + Math.floor(r() * 28) : undefined;
		const span = r() < 0.3 ? y + 1 + Math.floor(r() * 3) : undefined;
		return { i, y, month, day, span, group: `Group ${i % 8}` };
	});
}
const q = (s) => `"${s.replace(/"/g, '""')}"`;
const iso = (e) => [String(e.y), e.month && String(e.month).padStart(2, '0'), e.day && String(e.day).padStart(2, '0')].filter(Boolean).join('-');

export const FORMATS = {
	'TimelineJS sheet (CSV)': {
		name: (n) => `sheet-${n}.csv`,
		type: 'text/csv',
		text: (n) =>
			[TLJS_HEADER, ...events(n).map((e) => [e.y, e.month ?? '', e.day ?? '', '', e.span ?? '', '', '', '', '', `Event ${e.i}`, q(`<p>Text of event ${e.i} with <a href="https://example.org/${e.i}">a link</a>.</p>`), '', '', '', '', '', e.group, ''].join(','))].join('\n')
	},
	'our CSV': {
		name: (n) => `ours-${n}.csv`,
		type: 'text/csv',
		text: (n) =>
			['type,id,track,start,end,title_en,title_ru,summary_en,sources', ...events(n).map((e) => ['event', `e${e.i}`, `t${e.i % 8}`, iso(e), e.span ?? '', `Event ${e.i}`, `Событие ${e.i}`, q(`Summary of event ${e.i}.`), `https://example.org/${e.i}`].join(','))].join('\n')
	},
	'TimelineJS JSON': {
		name: (n) => `timelinejs-${n}.json`,
		type: 'application/json',
		text: (n) =>
			JSON.stringify({
				title: { text: { headline: 'Synthetic', text: '<p>Bench data.</p>' } },
				events: events(n).map((e) => ({
					start_date: { year: e.y, ...(e.month && { month: e.month }), ...(e.day && { day: e.day }) },
					...(e.span && { end_date: { year: e.span } }),
					text: { headline: `Event ${e.i}`, text: `<p>Text of event ${e.i} with <a href="https://example.org/${e.i}">a link</a>.</p>` },
					group: e.group
				}))
			})
	}
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv' };

/** A static server of the snapshot on a free loopback port. */
async function serve(dir) {
	const server = createServer(async (req, res) => {
		let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		} catch {
			file = (await stat(file + '.html').catch(() => null)) ? file + '.html' : join(dir, '200.html');
		}
		try {
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * @param {{ snapshot: string, chromium: string, sizes: number[], repeats: number }} o
 */
export async function measureImports({ snapshot, chromium: executablePath, sizes, repeats }) {
	const srv = await serve(snapshot);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const rows = [];
	try {
		for (const n of sizes)
			for (const [format, f] of Object.entries(FORMATS)) {
				const text = f.text(n);
				const times = [];
				for (let k = 0; k < repeats; k++) {
					const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
					await page.goto(srv.origin + '/');
					await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
					const button = page.getByRole('button', { name: 'Open a file' });
					await button.waitFor();
					// The notice and the new marks in the DOM: drawn.
					await page.evaluate(() => {
						const w = window;
						new MutationObserver(() => {
							if (w.__t1 === undefined && /Events imported/.test(document.querySelector('.notices')?.textContent ?? '') && document.querySelector('.plot button.mark, .plot path'))
								w.__t1 = performance.now();
						}).observe(document.body, { subtree: true, childList: true, characterData: true });
					});
					const chooser = page.waitForEvent('filechooser');
					await button.click();
					await (await chooser).setFiles({ name: f.name(n), mimeType: f.type, buffer: Buffer.from(text) });
					await page.waitForFunction(() => window.__t1 !== undefined, null, { timeout: 120000 });
					times.push(
						await page.evaluate(() => {
							const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
							const t0 = at('import:start');
							const problems = document.querySelectorAll('.notices li').length || Number(/Problems found: (\d+)/.exec(document.querySelector('.notices')?.textContent ?? '')?.[1] ?? 0);
							return { worker: at('import:imported') - t0, build: at('import:built') - at('import:imported'), total: window.__t1 - t0, problems };
						})
					);
					await page.close();
				}
				rows.push({
					format,
					n,
					bytes: Buffer.byteLength(text),
					workerMs: median(times.map((t) => t.worker)),
					buildMs: median(times.map((t) => t.build)),
					totalMs: median(times.map((t) => t.total)),
					problems: times[0].problems
				});
			}
	} finally {
		await browser.close();
		await srv.close();
	}
	return rows;
}

export function importTable(rows) {
	const f = (x) => (x === undefined ? '–' : Math.round(x).toLocaleString('en'));
	return [
		'| format | N | file KB | read + parse + validate (worker) ms | build model ms | file chosen → drawn ms | problems |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((r) => `| ${r.format} | ${r.n.toLocaleString('en')} | ${f(r.bytes / 1024)} | ${f(r.workerMs)} | ${f(r.buildMs)} | ${f(r.totalMs)} | ${r.problems} |`)
	].join('\n');
}
