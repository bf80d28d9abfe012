// The editor's one way in for a file (picker, drop) or the bundled timeline: text in, a dataset and
// the problems found out. It goes through the app's import path (for now the native format,
// validated in a worker as for ?data=); nothing is parsed twice and no second importer exists here.
import type { Issue } from '$lib/data/validate';

export interface Opened {
	/** The dataset (lenient shape), when the file could be read as a timeline. */
	timeline?: Record<string, unknown>;
	/** Events taken in. */
	imported: number;
	/** Every problem, by its place in the file. */
	problems: { where: string; field?: string; reason: string }[];
}

const fromIssue = (i: Issue) => ({ where: i.path, reason: i.message });

/** Reads a dataset file's text. `name` names it in problems. */
export async function openText(text: string, opts: { name?: string; type?: string } = {}): Promise<Opened> {
	const name = opts.name ?? 'file';
	const { validateInWorker } = await import('$lib/data/validate-in-worker');
	const r = await validateInWorker(text, name);
	if (!r.ok) return { imported: 0, problems: r.issues.map(fromIssue) };
	return { timeline: r.timeline as Record<string, unknown>, imported: r.timeline.events.length, problems: [] };
}

/** The bundled timeline, from the site's open data. */
export async function openBundled(fetcher: typeof fetch = fetch): Promise<Opened> {
	const res = await fetcher('/data/timeline.json');
	if (!res.ok) return { imported: 0, problems: [{ where: '/data/timeline.json', reason: `${res.status} ${res.statusText}` }] };
	return openText(await res.text(), { name: 'timeline.json', type: 'application/json' });
}
