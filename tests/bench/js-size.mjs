// Measures the JavaScript that the home page `/` (the bundled timeline, no ?data=) loads: opens it
// in headless Chromium from the bench server, waits until the network is idle, and gzips every
// script response (node:zlib, level 6, as the bench server and common hosts do).
// Also reports any request that failed or tried to leave the site.
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium.mjs';

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/;

/**
 * @param {{ harness: string, snapshot: string, chromium: string }} o
 *   harness: the harness copy (its server.mjs serves the built app), snapshot: the built app.
 */
export async function measureJsOfHome({ harness, snapshot, chromium: executablePath }) {
	const { startServer } = await import(pathToFileURL(join(harness, 'server.mjs')).href);
	const srv = await startServer({ serveDir: snapshot });
	const browser = await chromium.launch({
		executablePath,
		args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost']
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		/** @type {Promise<{ path: string, raw: number, gzip: number } | null>[]} */
		const pending = [];
		/** @type {string[]} */
		const problems = [];
		page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
		page.on('pageerror', (e) => problems.push(`page error: ${e.message.split('\n')[0]}`));
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (/^https?:$/.test(u.protocol) && !LOOPBACK.test(u.hostname)) problems.push(`left the site: ${r.url()}`);
		});
		page.on('response', (res) => {
			const path = new URL(res.url()).pathname;
			if (res.request().resourceType() !== 'script' && !/\.m?js$/.test(path)) return;
			if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${path}`);
			pending.push(
				res.body().then(
					(b) => ({ path, raw: b.length, gzip: gzipSync(b, { level: 6 }).length }),
					() => null
				)
			);
		});
		await page.goto(srv.origin + '/', { waitUntil: 'networkidle', timeout: 60000 });
		const inlineBytes = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src])')].reduce((s, el) => s + (el.textContent?.length ?? 0), 0)
		);
		const files = (await Promise.all(pending)).filter((f) => f !== null).sort((a, b) => b.gzip - a.gzip);
		const sum = (/** @type {'raw' | 'gzip'} */ k) => files.reduce((s, f) => s + f[k], 0);
		return { files, rawBytes: sum('raw'), gzipBytes: sum('gzip'), inlineScriptChars: inlineBytes, problems };
	} finally {
		await browser.close();
		await srv.close();
	}
}
