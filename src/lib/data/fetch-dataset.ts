// Loading a dataset named by ?data=<url>: only http(s) URLs, every failure as an issue (never a
// throw). When app.html's inline script already fetched the URL (and validated it in a worker)
// while the page loaded, those results are taken. Validation is passed in (a worker in the
// browser), so this module does not pull the schema into the page's first load.
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

/**
 * What app.html's inline script started for ?data= before the app loaded: the response and, where
 * a worker could be started, its validation of the text (undefined when the worker failed).
 */
export interface Prefetch {
	url: string;
	response: Promise<Fetched>;
	validated?: Promise<ValidationResult | undefined>;
}

function prefetched(href: string): Prefetch | undefined {
	const p = (globalThis as { __timelinePrefetch?: Prefetch }).__timelinePrefetch;
	return p && p.url === href ? p : undefined;
}

/** Fetches and validates a dataset and builds its model. `fetcher` and `validator` are injectable. */
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
	const early = prefetched(url.href);
	let res: Fetched;
	try {
		res =
			(await early?.response) ??
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
	// The model is built here: the validated data cross from the worker several times faster than
	// a model would (structured clone).
	const r = (await early?.validated) ?? (await validator(res.text, file));
	return r.ok ? { ok: true, model: buildModel(r.timeline) } : r;
}
