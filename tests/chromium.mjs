// Finds a Chromium for the end-to-end tests and the benchmark: $CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or the browser Playwright downloaded (where that is possible).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

export async function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const c of candidates) if (c && existsSync(c)) return c;
	try {
		const { chromium } = await import('@playwright/test');
		const p = chromium.executablePath();
		if (p && existsSync(p)) return p;
	} catch {
		/* Playwright has no browser of its own here */
	}
	return undefined;
}

export const HOW_TO_GET_CHROMIUM =
	'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium.';
