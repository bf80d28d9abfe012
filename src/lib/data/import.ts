// Datasets imported with ?data=<url>: our open-data format, leniently (plain-string texts, optional
// fields absent). Returns the model or every issue found; never throws. Fetch problems, invalid
// JSON and schema/reference errors all come back as issues naming the file, path and reason.
import { lenient } from './schema';
import { check, checkReferences, singleFile, type Issue } from './validate';
import { buildModel, type TimelineModel } from './model';

export type ImportResult = { ok: true; model: TimelineModel } | { ok: false; issues: Issue[] };

/** Validates parsed JSON as a timeline and builds its model. */
export function parseDataset(json: unknown, file: string): ImportResult {
	const r = check(lenient.Timeline, json, file);
	if (!r.ok) return r;
	const issues = checkReferences(r.value, singleFile(file), false);
	if (issues.length) return { ok: false, issues };
	return { ok: true, model: buildModel(r.value) };
}

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

/** Fetches and validates a dataset. `fetcher` is injectable for tests. */
export async function loadDatasetFromUrl(
	raw: string,
	base: string,
	fetcher: typeof fetch = fetch
): Promise<ImportResult> {
	const url = resolveDataUrl(raw, base);
	const file = url?.href ?? raw;
	if (!url) return { ok: false, issues: [{ file, path: '?data', message: 'is not an http(s) URL' }] };
	let text: string;
	try {
		const res: Fetched =
			(await prefetched(url.href)) ??
			(await fetcher(url.href, { credentials: 'omit' }).then(async (r) => ({
				ok: r.ok,
				status: r.status,
				statusText: r.statusText,
				text: await r.text()
			})));
		if (!res.ok) return { ok: false, issues: [{ file, path: '$', message: `the server answered ${res.status} ${res.statusText}`.trim() }] };
		text = res.text;
	} catch (e) {
		return { ok: false, issues: [{ file, path: '$', message: `could not be loaded (${(e as Error).message})` }] };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, issues: [{ file, path: '$', message: `is not valid JSON (${(e as Error).message})` }] };
	}
	return parseDataset(json, file);
}
