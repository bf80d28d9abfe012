// Pure helpers for the statement reader: the reading mode (ru | en | both) and its persistence
// format, the events linked to a paragraph, the key phrases to mark in a paragraph (strong for the
// active events, faint for the others), the paragraphs an event links to, and sparkline marks.
import type { EventModel, TimelineModel } from '$lib/data/model';
import { highlightPhrases } from '$lib/data/phrases';

export type ReaderMode = 'ru' | 'en' | 'both';
export const READER_MODES: readonly ReaderMode[] = ['both', 'ru', 'en'];
export const DEFAULT_MODE: ReaderMode = 'both';
/** localStorage key of the last chosen mode. */
export const MODE_STORAGE_KEY = 'iis-reader-mode';

/** A mode from a URL parameter or stored value; anything else is undefined. */
export function parseMode(value: string | null | undefined): ReaderMode | undefined {
	return READER_MODES.find((m) => m === value?.trim().toLowerCase());
}

/** The mode to show: the URL wins, then the stored choice, then the default (both). */
export function resolveMode(fromUrl: string | null | undefined, stored: string | null | undefined): ReaderMode {
	return parseMode(fromUrl) ?? parseMode(stored) ?? DEFAULT_MODE;
}

/**
 * The query string with `mode` set (omitted when it is the page's default: `both` unless given,
 * e.g. the page language on /), other parameters kept.
 */
export function withMode(search: string, mode: ReaderMode, pageDefault: ReaderMode = DEFAULT_MODE): string {
	const params = new URLSearchParams(search);
	if (mode === pageDefault) params.delete('mode');
	else params.set('mode', mode);
	const s = params.toString().replace(/%2C/gi, ',');
	return s ? `?${s}` : '';
}

/** The events linked to a paragraph, in time order. */
export function linkedEvents(model: TimelineModel, ref: string): EventModel[] {
	return (model.eventsByParagraph.get(ref) ?? []).map((id) => model.byId.get(id)).filter((e) => e !== undefined);
}

/** The ids of a document's paragraphs that an event links to, in document order. */
export function paragraphsOfEvent(event: EventModel | undefined, documentId: string): string[] {
	if (!event) return [];
	const prefix = `${documentId}#`;
	const ids = event.paragraphs.filter((p) => p.ref.startsWith(prefix)).map((p) => p.ref.slice(prefix.length));
	return [...new Set(ids)].sort((a, b) => paragraphNumber(a) - paragraphNumber(b));
}

/** "p7" → 7 (NaN for other ids). */
export const paragraphNumber = (id: string): number => (/^p\d+$/.test(id) ? Number(id.slice(1)) : NaN);

/** The key phrases (one language) that tie the given events to a paragraph. */
export function phrasesFor(events: EventModel[], ref: string, lang: 'ru' | 'en'): string[] {
	const out: string[] = [];
	for (const e of events)
		for (const p of e.paragraphs) {
			const phrase = p.ref === ref ? p.phrase?.[lang] : undefined;
			if (phrase && !out.includes(phrase)) out.push(phrase);
		}
	return out;
}

/** A piece of paragraph text: 0 plain, 1 a linked phrase (faint), 2 a phrase of an active event. */
export interface LayeredSegment {
	text: string;
	level: 0 | 1 | 2;
}

/** Splits a text into plain, faint and strong segments; strong phrases win where they overlap. */
export function layeredSegments(text: string, strong: string[], faint: string[]): LayeredSegment[] {
	const out: LayeredSegment[] = [];
	for (const s of highlightPhrases(text, strong)) {
		if (s.mark) out.push({ text: s.text, level: 2 });
		else for (const f of highlightPhrases(s.text, faint)) out.push({ text: f.text, level: f.mark ? 1 : 0 });
	}
	return out;
}

/** One mark of a sparkline: x and width in the sparkline's units. */
export interface SparkMark {
	id: string;
	lane: number;
	x: number;
	w: number;
}

/**
 * Positions events on a sparkline `width` units wide spanning `extent` (UTC ms). Every mark is at
 * least `minWidth` wide so that points and short spans stay visible; marks stay inside [0, width].
 */
export function sparkMarks(
	events: EventModel[],
	extent: [number, number],
	width: number,
	minWidth = 2
): SparkMark[] {
	// A clamped linear map of time onto [0, width], as the timeline's layout maps its window (d3-scale's
	// scaleUtc would bring its interpolators, colours and formats, about 10 KB gzip, into every first
	// load that shows a sparkline, for this one line).
	const [t0, t1] = extent;
	const k = t1 > t0 ? width / (t1 - t0) : 0;
	const x = (t: number) => Math.min(width, Math.max(0, (t - t0) * k));
	return events.map((e) => {
		const x0 = x(e.t0);
		const w = Math.max(minWidth, x(e.t1) - x0);
		return { id: e.id, lane: e.lane, x: Math.min(x0, width - w), w };
	});
}
