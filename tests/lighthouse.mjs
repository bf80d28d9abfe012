// `npm run lighthouse`: Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU
// slowdown) on the built site, served as a real host would serve it (tools/serve.js: gzip, the
// headers of build/_headers), in the same Chromium as the end-to-end tests (tests/chromium.mjs) run
// with --headless=new --no-sandbox. Prints one table of the four category scores per page, with the
// machine's load average (scores, performance above all, move with it). Not part of `npm test`.
//
//   npm run build && npm run lighthouse            # the pages below
//   npm run lighthouse -- /events/un-res-53-70     # other pages
//   npm run lighthouse -- --json tests/.output/lh  # also keep each full report as JSON
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM } from './chromium.mjs';
import { startServer } from '../tools/serve.js';

const DEFAULT_PAGES = ['/', '/ru', '/documents/sco-2020-iis', '/embed', '/concordance', '/present/history/1'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonDir = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const pages = args.length ? args : DEFAULT_PAGES;

if (!existsSync('build/index.html')) {
	console.error('No build/: run `npm run build` first.');
	process.exit(1);
}
const chromePath = await findChromium();
if (!chromePath) {
	console.error(`No Chromium found. ${HOW_TO_GET_CHROMIUM}`);
	process.exit(1);
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const server = await startServer({ dir: 'build' });
const chrome = await launch({
	chromePath,
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});
const rows = [];
try {
	for (const page of pages) {
		const url = server.origin + page;
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr, report } = result;
		if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
		// What keeps a category below 100: the failing audits that count towards it.
		const failing = CATEGORIES.flatMap((c) =>
			(lhr.categories[c]?.auditRefs ?? [])
				.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 0.9 && c !== 'performance')
				.map((r) => r.id)
		);
		const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
		rows.push({ page, scores: CATEGORIES.map(score), failing, lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') });
		console.error(`${page}: ${CATEGORIES.map((c) => `${c} ${score(c)}`).join(', ')}`);
		if (jsonDir) {
			mkdirSync(jsonDir, { recursive: true });
			writeFileSync(join(jsonDir, `${page.replace(/^\/$/, 'index').replace(/^\//, '').replace(/\//g, '_')}.json`), String(report));
		}
	}
} finally {
	await chrome.kill();
	await server.close();
}

console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults, ${chromePath}; load average ${loadBefore} before, ${load()} after.\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | below 100 because of |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) console.log(`| \`${r.page}\` | ${r.scores.join(' | ')} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.failing.join(', ') || '–'} |`);
