// Creates the TimelineView of a page from its URL, in the browser: loads ?data=<url> when given, or
// the timeline carried in the link itself (#data=…, see share/link-data.ts), keeping the bundled
// model if nothing could be imported, then applies the view parameters. Shared by `/` and `/embed`.
// Imports run through src/lib/import (in a worker).
import { buildModel, type Locale, type TimelineModel } from '$lib/data/model';
import type { ImportResult, Problem } from '$lib/import/types';
import { loadFromUrl } from '$lib/import/fetch';
import { importInWorker } from '$lib/import/in-worker';
import { m } from '$lib/i18n';
import { TimelineView } from './timeline-view.svelte';
import { applyUrl } from './url-sync.svelte';
import type { IgnoredParam } from './url-state';

/** What an import gave: where from (a URL or a file name), how many events, every problem. */
export interface DataStatus {
	source: string;
	count: number;
	problems: Problem[];
}

export interface LoadedView {
	view: TimelineView;
	/** At least one event was imported: the view shows it. */
	imported?: DataStatus;
	/** Nothing could be imported: the view shows what was there before. */
	failed?: DataStatus;
	ignored: IgnoredParam[];
}

/** Splits an import result into the model to show (if any) and its status. */
export function importOutcome(result: ImportResult, source: string): { model?: TimelineModel; imported?: DataStatus; failed?: DataStatus } {
	const status = { source, count: result.imported, problems: result.problems };
	if (!result.timeline || !result.imported) return { failed: status };
	return { model: buildModel(result.timeline), imported: status };
}

/** A view of an imported model (no prerendered event pages exist for it). */
export function importedView(model: TimelineModel, locale: Locale): TimelineView {
	const view = new TimelineView(model, locale);
	view.external = true;
	return view;
}

/**
 * Imports the timeline carried in a link's fragment like any other file. The decoder loads only
 * when a link carries data.
 */
async function fromLink(data: string, opts: { locale: Locale; documents: TimelineModel['documents'] }): Promise<ImportResult> {
	const { unpack } = await import('$lib/share/link-data');
	let text: string;
	try {
		text = await unpack(data);
	} catch {
		return { format: 'native', imported: 0, problems: [{ where: '#data', reason: m.tl_data_link_broken() }] };
	}
	return importInWorker(text, { name: 'link.json', type: 'application/json', ...opts });
}

export async function loadView(bundled: TimelineModel, url: URL, locale: Locale, onProgress?: (done: number) => void): Promise<LoadedView> {
	const source = url.searchParams.get('data');
	const carried = source ? null : new URLSearchParams(url.hash.slice(1)).get('data');
	let model = bundled;
	let imported: DataStatus | undefined;
	let failed: DataStatus | undefined;
	if (carried) {
		const out = importOutcome(await fromLink(carried, { locale, documents: bundled.documents }), m.tl_data_link_name());
		({ imported, failed } = out);
		if (out.model) model = out.model;
	} else if (source) {
		performance.mark('timeline:data-start');
		const result = await loadFromUrl(source, url.href, fetch, (text, opts) => importInWorker(text, opts), {
			locale,
			documents: bundled.documents,
			onProgress
		});
		performance.mark('timeline:data-validated');
		const out = importOutcome(result, source);
		({ imported, failed } = out);
		if (out.model) model = out.model;
	}
	const view = imported ? importedView(model, locale) : new TimelineView(model, locale);
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
