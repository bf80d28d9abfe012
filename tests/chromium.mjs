// Finds a Chromium for the end-to-end tests, Lighthouse and the benchmark: $CHROMIUM_PATH, the
// system's (Debian's /usr/bin/chromium), or the browser Playwright downloaded (where that is possible).
// CHROMIUM_CANDIDATES (paths separated by ":") replaces the system paths: with it pointing nowhere,
// a machine without Chromium can be imitated on one that has it.
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

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function findChromium() {
	const system = process.env.CHROMIUM_CANDIDATES !== undefined ? process.env.CHROMIUM_CANDIDATES.split(':') : SYSTEM_CHROMIUMS;
	const candidates = [process.env.CHROMIUM_PATH, ...system];
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
	'Install a Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium, then run the tests again.';
