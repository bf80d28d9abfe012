// Creates the TimelineView of a page from its URL, in the browser: loads ?data=<url> when given
// (keeping the bundled model if it fails), then applies the view parameters. Shared by `/` and `/embed`.
import type { TimelineModel } from '$lib/data/model';
import type { Issue } from '$lib/data/validate';
import type { Locale } from '$lib/data/model';
import { loadDatasetFromUrl } from '$lib/data/fetch-dataset';
import { validateInWorker } from '$lib/data/validate-in-worker';
import { TimelineView } from './timeline-view.svelte';
import { applyUrl } from './url-sync.svelte';
import type { IgnoredParam } from './url-state';

export interface LoadedView {
	view: TimelineView;
	imported?: { url: string; count: number };
	failed?: { url: string; issues: Issue[] };
	ignored: IgnoredParam[];
}

export async function loadView(bundled: TimelineModel, url: URL, locale: Locale): Promise<LoadedView> {
	const source = url.searchParams.get('data');
	let model = bundled;
	let imported: LoadedView['imported'];
	let failed: LoadedView['failed'];
	if (source) {
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
