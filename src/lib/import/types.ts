// The import contract (shared with the editor): every way in (?data=, file picker, drop, paste,
// /edit) reads text through importText and gets an ImportResult back.
import type { DocumentModel, Locale } from '$lib/data/model';
import type { LooseTimeline, TimelineDocument } from '$lib/data/schema';

/** The formats importText recognises. */
export type ImportFormat = 'native' | 'minimal' | 'timelinejs-json' | 'timelinejs-csv' | 'csv';

/** One thing that was wrong in the input: where ("events[3]", "row 5"), which field, and why. */
export interface Problem {
	where: string;
	field?: string;
	reason: string;
}

export interface ImportOptions {
	/** File name or URL: its extension helps to tell the format apart. */
	name?: string;
	/** MIME type, when known (a file's or a response's). */
	type?: string;
	/** Language of the problem reasons (default English). */
	locale?: Locale;
	/**
	 * Documents that paragraph links may point to when the file has none of its own (the bundled
	 * statement): the ones used are carried into the result.
	 */
	documents?: (TimelineDocument | DocumentModel)[];
	/** Called now and then with the share of the work done (0-1). Not passed to a worker. */
	onProgress?: (done: number) => void;
}

export interface ImportResult {
	/** The format the text was read as (a best guess when it was none). */
	format: ImportFormat;
	/**
	 * The data the model is built from (buildModel), valid against the lenient schema and its
	 * references; absent when no event could be imported.
	 */
	timeline?: LooseTimeline;
	/** Number of events in `timeline`. */
	imported: number;
	/** Every problem, in the order of the input. Nothing is left out without one. */
	problems: Problem[];
	/** Ids of documents that paragraph links named but neither the file nor `documents` had. */
	missingDocuments?: string[];
}
