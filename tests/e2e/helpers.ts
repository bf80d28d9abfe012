// Shared helpers for the end-to-end tests:
// - expectNoAxeViolations(page): an axe-core scan of the page as it is now; fails with a readable
//   list of every violation (rule, impact, help URL, and the offending elements with axe's summary).
// - guardExternalRequests(page): records every request the page makes to another origin, so a test
//   can assert that nothing leaves the site (no CDN, fonts, analytics).
// - failOnPageErrors(test): every test of a spec fails on an uncaught error in the page.
// - waitForTimeline(page): a timeline page is drawn and usable (gestures, history).
// - recordCspViolations(page): counts Content-Security-Policy violations in every frame of the page.
// - withoutPageScripts(page): the page as a browser without JavaScript renders it, for axe scans.
//   axe cannot run under `test.use({ javaScriptEnabled: false })` (Playwright's evaluate hangs there),
//   so this keeps JavaScript on for Playwright but forbids every page script with a CSP header.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Frame, type Page, type test as baseTest } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The axe-core the tests pin (package.json), injected explicitly rather than the one
 * @axe-core/playwright would bundle. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export interface AxeOptions {
	/** CSS selector of the part of the page to scan (default: the whole document). */
	include?: string;
	/** CSS selectors to leave out of the scan, e.g. a third-party widget. Use sparingly. */
	exclude?: string[];
	/** axe rule ids to skip; say why in the test that does it. */
	disableRules?: string[];
}

/** One violation per block: rule, impact, help text and URL, then each failing element. */
export function formatViolations(violations: Violation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.map((n) => {
					const where = n.target.map(String).join(' ');
					const why = (n.failureSummary ?? '').replace(/\n\s*/g, ' | ');
					return `    - ${where}\n      ${n.html.slice(0, 200)}\n      ${why}`;
				})
				.join('\n');
			return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
		})
		.join('\n\n');
}

/** Time added to a test's budget for each axe scan. */
const AXE_SCAN_ALLOWANCE_MS = 60_000;

/**
 * Runs axe-core (all rules axe enables by default: WCAG A/AA and best practices) on the page and
 * expects no violations. On failure the message lists them readably (see formatViolations).
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
	// A scan of a page that lists every event takes many seconds, more on a busy machine: each scan
	// adds its own allowance to the test's time budget (what is checked does not change).
	const info = test.info();
	if (info.timeout > 0) info.setTimeout(info.timeout + AXE_SCAN_ALLOWANCE_MS);
	let builder = new AxeBuilder({ page, axeSource: AXE_SOURCE });
	if (options.include) builder = builder.include(options.include);
	for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
	if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
	const { violations, testEngine } = await builder.analyze();
	expect(Number(testEngine.version.split('.')[1]), `axe-core ${testEngine.version} is older than 4.14`).toBeGreaterThanOrEqual(14);
	// Compared as "rule (n elements)" so that the diff stays short; the message has the details.
	const summary = violations.map((v) => `${v.id} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`);
	expect(summary, `axe found violations on ${page.url()}:\n\n${formatViolations(violations)}\n`).toEqual([]);
}

export interface ExternalRequestGuard {
	/** URLs requested from another origin so far, in order. */
	readonly requests: string[];
	/** Expects that no request has left the site's origin (lists them if some did). */
	expectNone(): void;
}

/**
 * Starts recording requests to any origin other than `origin` (default: the origin of the first
 * http(s) page the test opens, i.e. the preview server). data:, blob: and about: URLs are local
 * and ignored. Call it before page.goto(); assert with `guard.expectNone()` at the end.
 */
export function guardExternalRequests(page: Page, origin?: string): ExternalRequestGuard {
	const requests: string[] = [];
	let own = origin;
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:')
			return;
		if (own === undefined && req.isNavigationRequest() && req.frame() === page.mainFrame()) own = url.origin;
		if (url.origin !== own) requests.push(req.url());
	});
	return {
		requests,
		expectNone() {
			expect(requests, `requests to other hosts:\n${requests.join('\n')}`).toEqual([]);
		}
	};
}

export interface CspViolation {
	/** The directive that was violated (effectiveDirective), e.g. "style-src-attr". */
	directive: string;
	/** What was blocked: a URL, "inline", "eval", … */
	blocked: string;
	/** The start of the blocked code, where the browser reports it. */
	sample: string;
	/** Where: the document's URL and the source position, if any. */
	where: string;
}

export interface CspRecorder {
	/** Every violation reported so far, in any frame of the page. */
	readonly violations: CspViolation[];
	/** Expects none (lists them if there are). */
	expectNone(what?: string): void;
}

/**
 * Counts `securitypolicyviolation` events in every document of the page, main frame and iframes,
 * from the first moment of each document (a listener added with page.addInitScript, reporting
 * through a binding). Call before page.goto().
 */
export async function recordCspViolations(page: Page): Promise<CspRecorder> {
	const violations: CspViolation[] = [];
	await page.exposeBinding('__reportCspViolation', (_source, v: CspViolation) => void violations.push(v));
	await page.addInitScript(() => {
		const report = (e: SecurityPolicyViolationEvent) =>
			(window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation?.({
				directive: e.effectiveDirective,
				blocked: e.blockedURI,
				sample: e.sample,
				where: `${location.href} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`
			});
		window.addEventListener('securitypolicyviolation', report, true);
	});
	return {
		violations,
		expectNone(what = page.url()) {
			const list = violations.map((v) => `${v.directive} blocked ${v.blocked || '(none)'} ${JSON.stringify(v.sample)} at ${v.where}`);
			expect(list, `Content-Security-Policy violations on ${what}:\n${list.join('\n')}`).toEqual([]);
		}
	};
}

/**
 * From now on, every document this page loads is served with `Content-Security-Policy:
 * script-src 'none'`: none of the page's own scripts run (inline or external; the page stays as
 * the server rendered it, i.e. what a reader without JavaScript gets), while Playwright and axe can
 * still evaluate code. Use it instead of `javaScriptEnabled: false` when a test needs axe.
 * (Unlike a real no-JS browser, <noscript> content stays hidden.)
 */
export async function withoutPageScripts(page: Page): Promise<void> {
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.fallback();
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" }
		});
	});
}

/** The public origin the site in build/ was built for (PUBLIC_SITE_ORIGIN), read from its robots.txt. */
export function builtSiteOrigin(): string {
	const robots = readFileSync(new URL('../../build/robots.txt', import.meta.url), 'utf8');
	const m = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(robots);
	if (!m) throw new Error('build/robots.txt names no sitemap');
	return m[1]!;
}

/**
 * Start (inclusive) and end (exclusive) of a partial ISO date ("2009", "2009-06", "2009-06-16"),
 * UTC ms. Computed here, independently of the app's own date code, for expected values.
 */
export function startMs(s: string): number {
	const [y, m, d] = s.split('-').map(Number);
	return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}
export function endMs(s: string): number {
	const [y, m, d] = s.split('-').map(Number);
	if (d !== undefined) return Date.UTC(y!, m! - 1, d + 1);
	if (m !== undefined) return Date.UTC(y!, m, 1);
	return Date.UTC(y! + 1, 0, 1);
}

/**
 * Makes every test of the spec fail on an uncaught error in its page (call once, at the top).
 * Returns the errors seen so far on a page, for a test that checks or clears them midway.
 */
export function failOnPageErrors(test: typeof baseTest): (page: Page) => string[] {
	const pageErrors = new WeakMap<Page, string[]>();
	test.beforeEach(({ page }) => {
		const errors: string[] = [];
		pageErrors.set(page, errors);
		page.on('pageerror', (e) => errors.push(e.message));
	});
	test.afterEach(({ page }) => {
		expect(pageErrors.get(page), 'uncaught errors in the page').toEqual([]);
	});
	return (page) => pageErrors.get(page) ?? [];
}

/**
 * Waits until a timeline page (/, /embed, a presentation) is drawn and usable: it marks
 * 'timeline:ready' once drawn, then 'timeline:interactive' once the parts that load after that (zoom
 * gestures, the address's history) are in place.
 */
export async function waitForTimeline(target: Page | Frame): Promise<void> {
	await target.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length > 0);
}

