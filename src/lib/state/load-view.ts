// The TimelineView of a page and its URL, in the browser: loads ?data=<url> when given (keeping the
// bundled model if it fails), then applies the view parameters. Shared by `/` and `/embed`.
// The page renders (and the server prerenders) the bundled view first; without ?data= that same
// view takes the URL's parameters, so nothing is built twice. The import code loads only for ?data=,
// the URL code only when there are parameters (else after the timeline is ready: TimelineWithUrl).
import type { TimelineModel } from '$lib/data/model';
import type { Issue } from '$lib/data/validate';
import type { Locale } from '$lib/data/model';
import { TimelineView } from './timeline-view.svelte';
import type { IgnoredParam } from './url-state';

export { markReady } from './ready';

export interface LoadedView {
	view: TimelineView;
	imported?: { url: string; count: number };
	failed?: { url: string; issues: Issue[] };
	ignored: IgnoredParam[];
}

/**
 * The view for `url`: `current` (the bundled view the page rendered) with the URL's parameters, or
 * a new view of the dataset named by ?data=.
 */
export async function loadView(bundled: TimelineModel, url: URL, locale: Locale, current?: TimelineView): Promise<LoadedView> {
	const source = url.searchParams.get('data');
	let model = bundled;
	let imported: LoadedView['imported'];
	let failed: LoadedView['failed'];
	if (source) {
		performance.mark('timeline:data-start');
		const [{ loadDatasetFromUrl }, { validateInWorker }] = await Promise.all([
			import('$lib/data/fetch-dataset'),
			import('$lib/data/validate-in-worker')
		]);
		const r = await loadDatasetFromUrl(source, url.href, fetch, validateInWorker);
		performance.mark('timeline:data-validated');
		if (r.ok) {
			model = r.model;
			imported = { url: source, count: r.model.events.length };
		} else failed = { url: source, issues: r.issues };
	}
	const view = current && current.model === model ? current : new TimelineView(model, locale);
	view.external = !!imported;
	const ignored = url.search ? (await import('./url-sync.svelte')).applyUrl(view, url.searchParams) : [];
	return { view, imported, failed, ignored };
}
