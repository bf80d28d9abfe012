// Loading a dataset named by ?data=<url>: only http(s) URLs, every failure as a problem (never a
// throw). When app.html's inline script already fetched the URL (and imported it in a worker)
// while the page loaded, those results are taken. The importer is passed in (a worker in the
// browser), so this module does not pull the importer into the page's first load.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import type { ImportOptions, ImportResult } from './types';

/** Only http(s) URLs, absolute or relative to the page, may be loaded. */
export function resolveDataUrl(raw: string, base: string): URL | undefined {
	try {
		const u = new URL(raw, base);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
	} catch {
		return undefined;
	}
}

export interface Fetched {
	ok: boolean;
	status: number;
	statusText: string;
	/** The response's Content-Type, when it had one. */
	type?: string;
	text: string;
}

/**
 * What app.html's inline script started for ?data= before the app loaded: the response and, where
 * a worker could be started, its import of the text (undefined when the worker failed).
 */
export interface Prefetch {
	url: string;
	response: Promise<Fetched>;
	imported?: Promise<ImportResult | undefined>;
	/** Set by the page to hear the early worker's progress (0-1). */
	onprogress?: (done: number) => void;
}

export function prefetched(href: string): Prefetch | undefined {
	const p = (globalThis as { __timelinePrefetch?: Prefetch }).__timelinePrefetch;
	return p && p.url === href ? p : undefined;
}

export type Importer = (text: string, opts: ImportOptions) => ImportResult | Promise<ImportResult>;

const failed = (reason: string): ImportResult => ({ format: 'native', imported: 0, problems: [{ where: '$', reason }] });

/** Fetches a dataset and imports it. `fetcher` and `importer` are injectable. */
export async function loadFromUrl(
	raw: string,
	base: string,
	fetcher: typeof fetch,
	importer: Importer,
	opts: Omit<ImportOptions, 'name' | 'type'> & { locale: Locale }
): Promise<ImportResult> {
	const o = { locale: opts.locale };
	const url = resolveDataUrl(raw, base);
	if (!url) return failed(m.im_not_http_url({}, o));
	const early = prefetched(url.href);
	if (early && opts.onProgress) early.onprogress = opts.onProgress;
	let res: Fetched;
	try {
		res =
			(await early?.response) ??
			(await fetcher(url.href, { credentials: 'omit' }).then(async (r) => ({
				ok: r.ok,
				status: r.status,
				statusText: r.statusText,
				type: r.headers.get('content-type') ?? undefined,
				text: await r.text()
			})));
	} catch (e) {
		return failed(m.im_load_failed({ detail: (e as Error).message }, o));
	}
	if (!res.ok) return failed(m.im_http_status({ status: `${res.status} ${res.statusText}`.trim() }, o));
	const full: ImportOptions = { ...opts, name: url.pathname, type: res.type };
	const first = await early?.imported;
	// The early worker knew neither the page's documents nor always its language: import again
	// when its links need the documents the page has.
	const docs = new Set((opts.documents ?? []).map((d) => d.id));
	if (first && !first.missingDocuments?.some((id) => docs.has(id))) return first;
	return importer(res.text, full);
}
