// Datasets imported with ?data=<url>: our open-data format, leniently (plain-string texts, optional
// fields absent). Returns the model or every issue found; never throws. Fetch problems, invalid
// JSON and schema/reference errors all come back as issues naming the file, path and reason.
import { lenient, type LooseTimeline } from './schema';
import { check, checkReferences, singleFile, type Issue } from './validate';
import { buildModel, type TimelineModel } from './model';

export type ImportResult = { ok: true; model: TimelineModel } | { ok: false; issues: Issue[] };
export type ValidationResult = { ok: true; timeline: LooseTimeline } | { ok: false; issues: Issue[] };

/** Parses and validates the text of a dataset (schema, then references). Pure; runs in a worker too. */
export function validateDatasetText(text: string, file: string): ValidationResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, issues: [{ file, path: '$', message: `is not valid JSON (${(e as Error).message})` }] };
	}
	return validateDataset(json, file);
}

/** Validates parsed JSON against the lenient schema, then cross-checks it. */
export function validateDataset(json: unknown, file: string): ValidationResult {
	const r = check(lenient.Timeline, json, file);
	if (!r.ok) return r;
	const issues = checkReferences(r.value, singleFile(file), false);
	return issues.length ? { ok: false, issues } : { ok: true, timeline: r.value };
}

/** Validates parsed JSON as a timeline and builds its model. */
export function parseDataset(json: unknown, file: string): ImportResult {
	const r = validateDataset(json, file);
	return r.ok ? { ok: true, model: buildModel(r.timeline) } : r;
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

/** Fetches and validates a dataset. `fetcher` and `validator` are injectable (tests, worker). */
export async function loadDatasetFromUrl(
	raw: string,
	base: string,
	fetcher: typeof fetch = fetch,
	/** Validates the text; default: on this thread. The browser passes a worker (validate-in-worker.ts). */
	validator: (text: string, file: string) => ValidationResult | Promise<ValidationResult> = validateDatasetText
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
