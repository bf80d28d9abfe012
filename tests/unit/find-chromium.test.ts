// The e2e step's browser check (tests/find-chromium.mjs) on a machine without Chromium, imitated with
// CHROMIUM_CANDIDATES pointing nowhere and an empty Playwright browser folder: it says so, runs the
// install command, and stops with a clear message when the install fails; with a browser found it
// says nothing and succeeds.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(import.meta.dirname, '..', 'find-chromium.mjs');
const run = (env: Record<string, string>) => {
	const { CHROMIUM_PATH: _unset, ...rest } = process.env;
	return spawnSync(process.execPath, [script], {
		env: { ...rest, PLAYWRIGHT_BROWSERS_PATH: mkdtempSync(join(tmpdir(), 'no-browsers-')), ...env },
		encoding: 'utf8'
	});
};

// Each case starts Node, which loads Playwright: seconds on a busy machine.
describe('find-chromium', { timeout: 60_000 }, () => {
	it('without Chromium: says so, tries to install one, and explains what to do when that fails', () => {
		const r = run({ CHROMIUM_CANDIDATES: '/nonexistent/chromium', CHROMIUM_INSTALL_COMMAND: 'echo installing; exit 3' });
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('installing');
		expect(r.stderr).toContain('No Chromium found');
		expect(r.stderr).toContain("Installing Playwright's Chromium: echo installing; exit 3");
		expect(r.stderr).toContain("Could not install Playwright's Chromium (exit code 3)");
		expect(r.stderr).toContain('sudo apt-get install chromium');
		expect(r.stderr).toContain('CHROMIUM_PATH=');
	});

	it('an install that reports success but leaves no browser is a failure too', () => {
		const r = run({ CHROMIUM_CANDIDATES: '/nonexistent/chromium', CHROMIUM_INSTALL_COMMAND: 'true' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('no browser is where Playwright looks');
	});

	it('with a browser at CHROMIUM_PATH: succeeds without installing anything', () => {
		const r = run({ CHROMIUM_CANDIDATES: '/nonexistent/chromium', CHROMIUM_PATH: process.execPath, CHROMIUM_INSTALL_COMMAND: 'exit 9' });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});
});
