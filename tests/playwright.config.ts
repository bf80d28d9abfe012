// End-to-end tests in real Chromium against the built, prerendered site (vite preview).
import { defineConfig, devices } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const executablePath = await findChromium();
// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: '../test-results',
	fullyParallel: true,
	// Three workers on the 2-core machine: the browsers wait on each other often enough that a third
	// one shortens the run (E2E_WORKERS overrides).
	workers: Number(process.env.E2E_WORKERS ?? 3),
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		// A leftover server could be serving an old build: never reuse one.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
