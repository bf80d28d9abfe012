// The editor's way in for a file (picker, drop) or the bundled timeline: text in, a dataset and the
// problems found out, through the app's one importer (src/lib/import, in a worker): our JSON and
// the minimal form, TimelineJS JSON, the TimelineJS sheet as CSV, our CSV. Every bad row is listed
// by its place in the file; the good events are taken in.
import type { Locale } from '$lib/data/model';
import type { Problem } from '$lib/import/types';

export interface Opened {
	/** The dataset (lenient shape), when at least one event could be read. */
	timeline?: Record<string, unknown>;
	/** Events taken in. */
	imported: number;
	/** Every problem, by its place in the file. */
	problems: Problem[];
}

/** Reads a dataset file's text. `name` (a file name) names it in problems and hints at the format. */
export async function openText(text: string, opts: { name?: string; type?: string; locale?: Locale } = {}): Promise<Opened> {
	const { importInWorker } = await import('$lib/import/in-worker');
	const r = await importInWorker(text, opts);
	return { timeline: r.timeline as Record<string, unknown> | undefined, imported: r.imported, problems: r.problems };
}

/** The bundled timeline, from the site's open data. */
export async function openBundled(locale?: Locale, fetcher: typeof fetch = fetch): Promise<Opened> {
	const res = await fetcher('/data/timeline.json');
	if (!res.ok) return { imported: 0, problems: [{ where: '/data/timeline.json', reason: `${res.status} ${res.statusText}` }] };
	return openText(await res.text(), { name: 'timeline.json', type: 'application/json', locale });
}
