// The timeline's shareable view state in the URL query:
//   ?event=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD&tracks=<id,id>&p=<paragraph id>&theme=<id>&q=<text>
// Parsing never throws: invalid values are dropped and reported in `ignored`. Empty values and
// unknown keys are skipped silently. Times are UTC ms; `from` is the START of the given partial date
// and `to` the exclusive END (to=2009-06-16 → 2009-06-17T00:00Z, to=2009 → 2010-01-01). Serializing
// writes the inclusive last day (isoDay(to - 1)), so windows round-trip exactly when day-aligned;
// a window shorter than three days (data with times of day) is written to the minute
// (from=2009-06-16T14:30&to=2009-06-16T15:59).
// `tracks` lists the VISIBLE tracks in canonical (known track) order; absent = all visible.
import { endOf, formatPartialDate, isoDay, parsePartialDate, partialDateAt, startOf } from '../timeline/time';

export interface ViewParams {
	/** Selected event id. */
	event?: string;
	/** Window start, UTC ms (inclusive). */
	from?: number;
	/** Window end, UTC ms (exclusive). */
	to?: number;
	/** Visible track ids; undefined = all visible. */
	tracks?: string[];
	/** Selected paragraph id (query key `p`). */
	paragraph?: string;
	theme?: string;
	/** Search text, at most MAX_QUERY_LENGTH code points. */
	q?: string;
}

/** Anything that can tell whether it holds an id (a Set, or a Map keyed by id). */
export interface IdSet {
	has(id: string): boolean;
}

export interface KnownIds {
	eventIds: IdSet;
	/** All track ids in canonical display order. */
	trackIds: string[];
	paragraphIds: IdSet;
	themeIds: IdSet;
}

export interface IgnoredParam {
	param: string;
	value: string;
	reason: string;
}

export const MAX_QUERY_LENGTH = 200;
/** Query keys in the order serializeViewParams writes them. */
export const VIEW_PARAM_KEYS = ['event', 'from', 'to', 'tracks', 'p', 'theme', 'q'] as const;

/** Reads the view state from a query string; invalid values are ignored and reported. */
export function parseViewParams(
	search: URLSearchParams,
	known: KnownIds
): { params: ViewParams; ignored: IgnoredParam[] } {
	const params: ViewParams = {};
	const ignored: IgnoredParam[] = [];
	const get = (key: string) => {
		const v = search.get(key)?.trim();
		return v ? v : undefined;
	};
	const idParam = (key: string, ids: IdSet, reason: string): string | undefined => {
		const v = get(key);
		if (v === undefined) return undefined;
		if (ids.has(v)) return v;
		ignored.push({ param: key, value: v, reason });
		return undefined;
	};

	params.event = idParam('event', known.eventIds, 'unknown event id');

	const date = (key: 'from' | 'to'): number | undefined => {
		const v = get(key);
		if (v === undefined) return undefined;
		const d = parsePartialDate(v);
		if (d) return key === 'from' ? startOf(d) : endOf(d);
		ignored.push({ param: key, value: v, reason: 'unparsable date' });
		return undefined;
	};
	const from = date('from');
	const to = date('to');
	if (from !== undefined && to !== undefined && from >= to) {
		const reason = 'from is not before to';
		ignored.push({ param: 'from', value: get('from')!, reason }, { param: 'to', value: get('to')!, reason });
	} else {
		params.from = from;
		params.to = to;
	}

	const rawTracks = get('tracks');
	if (rawTracks !== undefined) {
		const requested = new Set<string>();
		for (const id of rawTracks.split(',').map((s) => s.trim()).filter(Boolean)) {
			if (known.trackIds.includes(id)) requested.add(id);
			else ignored.push({ param: 'tracks', value: id, reason: 'unknown track id' });
		}
		const visible = known.trackIds.filter((id) => requested.has(id));
		if (visible.length === 0) ignored.push({ param: 'tracks', value: rawTracks, reason: 'no known track ids' });
		else if (visible.length < known.trackIds.length) params.tracks = visible;
	}

	params.paragraph = idParam('p', known.paragraphIds, 'unknown paragraph');
	params.theme = idParam('theme', known.themeIds, 'unknown theme');

	const q = get('q');
	if (q !== undefined) {
		const chars = Array.from(q);
		if (chars.length > MAX_QUERY_LENGTH) {
			ignored.push({ param: 'q', value: q, reason: `truncated to ${MAX_QUERY_LENGTH} characters` });
			params.q = chars.slice(0, MAX_QUERY_LENGTH).join('');
		} else params.q = q;
	}

	for (const key of Object.keys(params) as (keyof ViewParams)[]) if (params[key] === undefined) delete params[key];
	return { params, ignored };
}

/**
 * Writes the view state in stable key order (VIEW_PARAM_KEYS), omitting defaults: undefined values,
 * empty strings, and `tracks` when it is empty or covers all of `allTrackIds`. Track ids are written in
 * `allTrackIds` order; ids not in it are dropped.
 */
export function serializeViewParams(params: ViewParams, allTrackIds: string[]): URLSearchParams {
	const out = new URLSearchParams();
	if (params.event) out.set('event', params.event);
	// A window shorter than three days (data with times of day) is written to the minute.
	const short = params.from !== undefined && params.to !== undefined && params.to - params.from < 3 * 86_400_000;
	const at = (ms: number) => (short ? formatPartialDate(partialDateAt(ms, 'minute')) : isoDay(ms));
	if (params.from !== undefined && Number.isFinite(params.from)) out.set('from', at(params.from));
	if (params.to !== undefined && Number.isFinite(params.to)) out.set('to', at(params.to - (short ? 60_000 : 1)));
	if (params.tracks) {
		const wanted = new Set(params.tracks);
		const visible = allTrackIds.filter((id) => wanted.has(id));
		if (visible.length > 0 && visible.length < allTrackIds.length) out.set('tracks', visible.join(','));
	}
	if (params.paragraph) out.set('p', params.paragraph);
	if (params.theme) out.set('theme', params.theme);
	if (params.q) out.set('q', params.q);
	return out;
}

/** URLSearchParams.toString() with commas left readable ("tracks=a,b" instead of "a%2Cb"). */
export function toQueryString(search: URLSearchParams): string {
	return search.toString().replace(/%2C/gi, ',');
}
