// Screenshots of pages from a running server (e.g. `npm run preview`), for the README and reviews:
// each path at desktop (1280×800) and phone (375×812) size, in light and dark colour schemes.
//
//   node tests/screenshot.mjs --out DIR [--base http://127.0.0.1:4173] [--full-page] PATH...
//   node tests/screenshot.mjs --out /tmp/shots / /ru/documents/sco-2020-iis
//
// Files are named <page>-<desktop|phone>-<light|dark>.png, where <page> is the path with slashes
// turned into dashes ("/" → "home", "/ru/events/x" → "ru-events-x"). Uses the Chromium that
// tests/chromium.mjs finds (CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own); no download.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM } from './chromium.mjs';

const VIEWPORTS = {
	desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
	phone: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
};
const SCHEMES = ['light', 'dark'];

function parseArgs(argv) {
	const opts = { base: 'http://127.0.0.1:4173', out: '', fullPage: false, paths: [] };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--base') opts.base = argv[++i];
		else if (a === '--out') opts.out = argv[++i];
		else if (a === '--full-page') opts.fullPage = true;
		else if (a === '--help' || a === '-h') opts.help = true;
		else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
		else opts.paths.push(a);
	}
	return opts;
}

/** "/" → "home", "/ru/events/x?y=1#p2" → "ru-events-x-y-1-p2". */
function slug(path) {
	const s = path.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9._-]+/g, '-');
	return s || 'home';
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.help || !opts.paths.length || !opts.out) {
		console.log('usage: node tests/screenshot.mjs --out DIR [--base URL] [--full-page] PATH...');
		process.exit(opts.help ? 0 : 1);
	}
	const executablePath = await findChromium();
	if (!executablePath) {
		console.error(HOW_TO_GET_CHROMIUM);
		process.exit(1);
	}
	mkdirSync(opts.out, { recursive: true });
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		for (const [device, settings] of Object.entries(VIEWPORTS))
			for (const colorScheme of SCHEMES) {
				const context = await browser.newContext({ ...settings, colorScheme, reducedMotion: 'reduce' });
				const page = await context.newPage();
				for (const path of opts.paths) {
					const url = new URL(path, opts.base).href;
					const res = await page.goto(url, { waitUntil: 'networkidle' });
					if (!res || !res.ok()) throw new Error(`${url}: HTTP ${res?.status()}`);
					await page.evaluate(() => document.fonts.ready);
					const file = join(opts.out, `${slug(path)}-${device}-${colorScheme}.png`);
					await page.screenshot({ path: file, fullPage: opts.fullPage });
					console.log(file);
				}
				await context.close();
			}
	} finally {
		await browser.close();
	}
}

await main();
