// `npm run test:e2e` step: makes sure a Chromium is there before Playwright starts. If none is found
// ($CHROMIUM_PATH, the system's, Playwright's own), it says so and installs Playwright's Chromium
// (`npx playwright install chromium`); if that fails too (no network, no download allowed), it stops
// with a message saying what to do. CHROMIUM_INSTALL_COMMAND replaces the install command (tests).
import { spawnSync } from 'node:child_process';
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';

let path = await findChromium();
if (!path) {
	const command = process.env.CHROMIUM_INSTALL_COMMAND ?? 'npx playwright install chromium';
	console.error(
		'No Chromium found: CHROMIUM_PATH is not set, there is no system Chromium (/usr/bin/chromium) and Playwright has none of its own.\n' +
			`Installing Playwright's Chromium: ${command}`
	);
	// PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD (set for `npm ci` in CI) would make the install a no-op.
	const env = { ...process.env };
	delete env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD;
	const run = spawnSync(command, { shell: true, stdio: 'inherit', env });
	path = run.status === 0 ? await findChromium() : undefined;
	if (!path) {
		const why = run.error ? run.error.message : run.status === 0 ? 'it finished, but no browser is where Playwright looks' : `exit code ${run.status}`;
		console.error(`\nCould not install Playwright's Chromium (${why}). ${HOW_TO_GET_CHROMIUM}`);
		process.exit(1);
	}
	console.error(`Using Playwright's Chromium: ${path}`);
}
