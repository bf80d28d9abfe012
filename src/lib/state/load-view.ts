// Creates the TimelineView of a page from its URL, in the browser: loads ?data=<url> when given, or
// a timeline carried in the link itself (#data=…, see share/link-data.ts), keeping the bundled model
// if it fails, then applies the view parameters. Shared by `/` and `/embed`.
import type { TimelineModel } from '$lib/data/model';
import type { Issue } from '$lib/data/validate';
import type { Locale } from '$lib/data/model';
import { loadDatasetFromUrl, type ImportResult } from '$lib/data/fetch-dataset';
import { buildModel } from '$lib/data/model';
import { m } from '$lib/i18n';
import { validateInWorker } from '$lib/data/validate-in-worker';
import { TimelineView } from './timeline-view.svelte';
import { applyUrl } from './url-sync.svelte';
import type { IgnoredParam } from './url-state';

export interface LoadedView {
	view: TimelineView;
	/** `link`: the data came in the address's fragment (#data=); `url` then names it for readers. */
	imported?: { url: string; count: number; link?: boolean };
	failed?: { url: string; issues: Issue[]; link?: boolean };
	ignored: IgnoredParam[];
}

/**
 * The timeline carried in a link's fragment, validated like ?data= (in a worker). The decoder loads
 * only when a link carries data.
 */
async function fromLink(data: string): Promise<ImportResult> {
	const { unpack } = await import('$lib/share/link-data');
	let text: string;
	try {
		text = await unpack(data);
	} catch {
		return { ok: false, issues: [{ file: '#data', path: '$', message: 'the data in the link could not be read (it was cut short or altered)' }] };
	}
	const r = await validateInWorker(text, '#data');
	return r.ok ? { ok: true, model: buildModel(r.timeline) } : r;
}

export async function loadView(bundled: TimelineModel, url: URL, locale: Locale): Promise<LoadedView> {
	const source = url.searchParams.get('data');
	const carried = source ? null : new URLSearchParams(url.hash.slice(1)).get('data');
	let model = bundled;
	let imported: LoadedView['imported'];
	let failed: LoadedView['failed'];
	if (carried) {
		const r = await fromLink(carried);
		const name = m.tl_data_link_name();
		if (r.ok) {
			model = r.model;
			imported = { url: name, count: r.model.events.length, link: true };
		} else failed = { url: name, issues: r.issues, link: true };
	} else if (source) {
		performance.mark('timeline:data-start');
		const r = await loadDatasetFromUrl(source, url.href, fetch, validateInWorker);
		performance.mark('timeline:data-validated');
		if (r.ok) {
			model = r.model;
			imported = { url: source, count: r.model.events.length };
		} else failed = { url: source, issues: r.issues };
	}
	const view = new TimelineView(model, locale);
	view.external = !!imported;
	const ignored = applyUrl(view, url.searchParams);
	return { view, imported, failed, ignored };
}

/**
 * Marks 'timeline:ready' two animation frames after the first render (the bench's contract).
 * Resolves once marked: what loads after the timeline waits for it.
 */
export function markReady(): Promise<void> {
	return new Promise((resolve) =>
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				performance.mark('timeline:ready');
				resolve();
			})
		)
	);
}
