// Loading a dataset named by ?data=<url>: only http(s) URLs, the response that app.html started
// fetching early when it is there, every failure as an issue (never a throw). Validation is passed
// in (a worker in the browser), so this module does not pull the schema into the page's first load.
import type { Issue } from './validate';
import { buildModel, type TimelineModel } from './model';
import type { ValidationResult } from './import';

export type ImportResult = { ok: true; model: TimelineModel } | { ok: false; issues: Issue[] };

/** Only http(s) URLs, absolute or relative to the page, may be loaded. */
export function resolveDataUrl(raw: string, base: string): URL | undefined {
	try {
		const u = new URL(raw, base);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
	} catch {
		return undefined;
	}
}

interface Fetched {
	ok: boolean;
	status: number;
	statusText: string;
	text: string;
}

/** The response app.html started fetching for ?data= before the app loaded, if it is this URL. */
function prefetched(href: string): Promise<Fetched> | undefined {
	const p = (globalThis as { __timelinePrefetch?: { url: string; response: Promise<Fetched> } }).__timelinePrefetch;
	return p && p.url === href ? p.response : undefined;
}

/** Fetches and validates a dataset. `fetcher` and `validator` are injectable (tests, worker). */
export async function loadDatasetFromUrl(
	raw: string,
	base: string,
	fetcher: typeof fetch,
	/** Validates the text (validateDatasetText of import.ts, or validateInWorker in the browser). */
	validator: (text: string, file: string) => ValidationResult | Promise<ValidationResult>
): Promise<ImportResult> {
	const url = resolveDataUrl(raw, base);
	const file = url?.href ?? raw;
	if (!url) return { ok: false, issues: [{ file, path: '?data', message: 'is not an http(s) URL' }] };
	let res: Fetched;
	try {
		res =
			(await prefetched(url.href)) ??
			(await fetcher(url.href, { credentials: 'omit' }).then(async (r) => ({
				ok: r.ok,
				status: r.status,
				statusText: r.statusText,
				text: await r.text()
			})));
	} catch (e) {
		return { ok: false, issues: [{ file, path: '$', message: `could not be loaded (${(e as Error).message})` }] };
	}
	if (!res.ok)
		return { ok: false, issues: [{ file, path: '$', message: `the server answered ${res.status} ${res.statusText}`.trim() }] };
	const r = await validator(res.text, file);
	return r.ok ? { ok: true, model: buildModel(r.timeline) } : r;
}
