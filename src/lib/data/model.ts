// The app's in-memory model of a validated timeline: texts in both languages, dates as UTC ms
// ranges with their precision, events in chronological order with their lane index, and the
// indexes the views need (by id, by paragraph). Pure: used on the server, in the browser and in tests.
import type {
	DocumentParagraph,
	I18n,
	LooseLineageEntry,
	LooseTimeline,
	Timeline,
	TimelineDocument,
	UncertainAbout,
	Uncertainty
} from './schema';
import { endOf, hasTime, parsePartialDate, startOf, type Precision } from '$lib/timeline/time';

export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];

type Loose = string | { en?: string; ru?: string };

/** A bilingual text from a strict or lenient input: missing languages fall back to the other. */
export function toI18n(t: Loose): I18n;
export function toI18n(t: Loose | undefined): I18n | undefined;
export function toI18n(t: Loose | undefined): I18n | undefined {
	if (t === undefined) return undefined;
	if (typeof t === 'string') return { en: t, ru: t };
	return { en: t.en ?? t.ru ?? '', ru: t.ru ?? t.en ?? '' };
}

type LooseUncertain = string | { about?: UncertainAbout; en?: string; ru?: string };

/** An uncertainty from a strict or lenient input; a plain text or one without `about` is "other". */
export function toUncertainty(u: LooseUncertain | undefined): Uncertainty | undefined {
	if (u === undefined) return undefined;
	const about = (typeof u === 'object' && u.about) || 'other';
	return { about, ...toI18n(typeof u === 'string' ? u : { en: u.en, ru: u.ru }) };
}

/** True when the event's uncertainty is about this field (the date, the title, the vote…). */
export const isUncertain = (e: { uncertain?: Uncertainty }, about: UncertainAbout): boolean => e.uncertain?.about === about;

export interface TrackModel {
	id: string;
	label: I18n;
	description?: I18n;
	/** lane index = position in the track list */
	index: number;
}

export interface ParagraphLink {
	/** "<documentId>#<paragraphId>" */
	ref: string;
	phrase?: { ru?: string; en?: string };
}

export interface EventModel {
	id: string;
	track: string;
	lane: number;
	kind: string;
	start: string;
	end?: string;
	title: I18n;
	/** short label for the plot; falls back to the title */
	short?: I18n;
	summary?: I18n;
	symbols: string[];
	adoption?: { mode: string; votes?: { yes: number; no: number; abstain: number }; body?: I18n };
	place?: I18n;
	sources: { url: string; label?: I18n }[];
	themes: string[];
	paragraphs: ParagraphLink[];
	/** what is not verified, and which field it is about */
	uncertain?: Uncertainty;
	/** how the date is written for readers ("Spring 1943"), shown beside the formatted date */
	displayDate?: I18n;
	importance: number;
	/** first instant covered, UTC ms */
	t0: number;
	/** first instant after the event (exclusive), UTC ms */
	t1: number;
	precision: Precision;
	/** has an explicit end: a session or a process */
	isSpan: boolean;
	/** position in chronological order */
	index: number;
}

/** An earlier text whose wording a paragraph carries, ready to show. */
export interface LineageModel {
	/** "<documentId>#<paragraphId>" of the paragraph that carries the wording */
	ref: string;
	/** The earlier text's event on the timeline, when it has one. */
	event?: string;
	/** Its date: its own `date`, else its event's start (undefined when neither is known). */
	date?: string;
	/** `date` is the event's start (the entry gave no date of its own). */
	dateFromEvent: boolean;
	/** Its event's end, when the date comes from a span event. */
	end?: string;
	/** First instant of `date`, UTC ms (NaN when unknown). */
	t0: number;
	title: I18n;
	url: string;
	locator?: string;
	quote?: { en?: string; ru?: string };
	note?: I18n;
}

export type ParagraphModel = Omit<DocumentParagraph, 'lineage'> & { lineage: LineageModel[] };
export type DocumentModel = Omit<TimelineDocument, 'paragraphs'> & { paragraphs: ParagraphModel[] };

/** A period shaded on the time axis. */
export interface EraModel {
	start: string;
	end: string;
	label: I18n;
	/** first instant covered and first instant after, UTC ms */
	t0: number;
	t1: number;
}

export interface TimelineModel {
	/** The dataset's own title and introduction (imported timelines); absent for the bundled one. */
	title?: I18n;
	intro?: I18n;
	/** Periods shaded on the time axis, in time order. */
	eras: EraModel[];
	/** Some event has a time of day: the view may zoom in to hours. */
	hasTimes: boolean;
	tracks: TrackModel[];
	themes: { id: string; label: I18n }[];
	documents: DocumentModel[];
	events: EventModel[];
	byId: Map<string, EventModel>;
	/** paragraph ref -> ids of the events that link to it, in time order */
	eventsByParagraph: Map<string, string[]>;
	/** event id -> the lineage entries (of any paragraph) that name it as an earlier text */
	lineageByEvent: Map<string, LineageModel[]>;
	/** [min t0, max t1] over all events (UTC ms) */
	extent: [number, number];
}

/**
 * Reuses the models of events across builds: keyed by the input event object, so an editor that
 * replaces only the events it changed rebuilds only those (the rest is a sort). Valid while the
 * tracks stay the same (a lane index is part of an event's model): pass a new cache when they change.
 */
export type EventModelCache = WeakMap<object, EventModel>;

/** Builds the model from validated data (strict or lenient). Events come out in time order. */
export function buildModel(t: Timeline | LooseTimeline, cache?: EventModelCache): TimelineModel {
	const tracks: TrackModel[] = t.tracks.map((tr, index) => ({
		id: tr.id,
		label: toI18n(tr.label),
		description: toI18n(tr.description),
		index
	}));
	const laneOf = new Map(tracks.map((tr) => [tr.id, tr.index]));
	if (!cache) return finishModel(t, tracks, t.events.map((e) => eventModel(e, laneOf)));
	// Reused events go first, in their previous time order (their `index`), then the new ones: the
	// sort in finishModel then meets an almost sorted list, which it orders in about linear time.
	const previous: (EventModel | undefined)[] = [];
	const fresh: EventModel[] = [];
	for (const e of t.events) {
		const cached = cache.get(e);
		if (cached && previous[cached.index] === undefined) previous[cached.index] = cached;
		else {
			const made = cached ?? eventModel(e, laneOf);
			cache.set(e, made);
			fresh.push(made);
		}
	}
	const events: EventModel[] = [];
	for (const e of previous) if (e) events.push(e);
	for (const e of fresh) events.push(e);
	return finishModel(t, tracks, events);
}

function eventModel(e: (Timeline | LooseTimeline)['events'][number], laneOf: Map<string, number>): EventModel {
	const s = parsePartialDate(e.start)!;
	const en = e.end ? parsePartialDate(e.end)! : undefined;
	return {
		id: e.id,
		track: e.track,
		lane: laneOf.get(e.track) ?? 0,
		kind: e.kind ?? 'other',
		start: e.start,
		end: e.end,
		title: toI18n(e.title),
		short: toI18n(e.short),
		summary: toI18n(e.summary),
		symbols: e.symbols ?? [],
		adoption: e.adoption && { ...e.adoption, body: toI18n(e.adoption.body) },
		place: toI18n(e.place),
		sources: (e.sources ?? []).map((s) => ({ url: s.url, label: toI18n(s.label) })),
		themes: e.themes ?? [],
		paragraphs: e.paragraphs ?? [],
		uncertain: toUncertainty(e.uncertain),
		displayDate: toI18n(e.displayDate),
		importance: e.importance ?? 1,
		t0: startOf(s),
		t1: en ? Math.max(endOf(en), startOf(s)) : endOf(s),
		precision: s.precision,
		isSpan: en !== undefined,
		index: 0
	};
}

function finishModel(t: Timeline | LooseTimeline, tracks: TrackModel[], events: EventModel[]): TimelineModel {
	events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	events.forEach((e, i) => (e.index = i));
	const byId = new Map(events.map((e) => [e.id, e]));
	const eventsByParagraph = new Map<string, string[]>();
	for (const e of events)
		for (const p of e.paragraphs) {
			const list = eventsByParagraph.get(p.ref) ?? [];
			if (!list.includes(e.id)) list.push(e.id);
			eventsByParagraph.set(p.ref, list);
		}
	const documents = (t.documents ?? []).map((d) => documentModel(d as TimelineDocument, byId));
	const lineageByEvent = new Map<string, LineageModel[]>();
	for (const d of documents)
		for (const p of d.paragraphs)
			for (const l of p.lineage)
				if (l.event) lineageByEvent.set(l.event, [...(lineageByEvent.get(l.event) ?? []), l]);
	const eras: EraModel[] = (t.eras ?? [])
		.map((era) => {
			const a = parsePartialDate(era.start)!;
			const b = parsePartialDate(era.end)!;
			return { start: era.start, end: era.end, label: toI18n(era.label), t0: startOf(a), t1: Math.max(endOf(b), startOf(a)) };
		})
		.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
	let lo = Infinity;
	let hi = -Infinity;
	let hasTimes = false;
	for (const e of [...events, ...eras]) {
		if (e.t0 < lo) lo = e.t0;
		if (e.t1 > hi) hi = e.t1;
	}
	for (const e of events) if (hasTime(e.precision)) hasTimes = true;
	if (!events.length && !eras.length) [lo, hi] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
	return {
		...(t.title !== undefined && { title: toI18n(t.title) }),
		...(t.intro !== undefined && { intro: toI18n(t.intro) }),
		eras,
		hasTimes,
		tracks,
		themes: (t.themes ?? []).map((th) => ({ id: th.id, label: toI18n(th.label) })),
		documents,
		events,
		byId,
		eventsByParagraph,
		lineageByEvent,
		extent: [lo, hi]
	};
}

/** A document with each paragraph's lineage resolved (dates from events) and in time order. */
function documentModel(d: TimelineDocument, byId: Map<string, EventModel>): DocumentModel {
	return {
		...d,
		paragraphs: d.paragraphs.map((p) => {
			const ref = `${d.id}#${p.id}`;
			const lineage = ((p.lineage ?? []) as LooseLineageEntry[]).map((l): LineageModel => {
				const e = l.event ? byId.get(l.event) : undefined;
				const date = l.date ?? e?.start;
				const parsed = date ? parsePartialDate(date) : undefined;
				return {
					ref,
					event: e?.id,
					date,
					dateFromEvent: !l.date && !!e,
					end: l.date ? undefined : e?.end,
					t0: parsed ? startOf(parsed) : NaN,
					title: toI18n(l.title),
					url: l.url,
					locator: l.locator,
					quote: l.quote,
					note: toI18n(l.note)
				};
			});
			// Oldest first (stable); undated entries last.
			const key = (l: LineageModel) => (Number.isNaN(l.t0) ? Infinity : l.t0);
			lineage.sort((a, b) => key(a) - key(b));
			return { ...p, lineage };
		})
	};
}

/** Picks the text of a bilingual field for a locale. */
export const tr = (t: I18n | undefined, locale: Locale): string => (t ? t[locale] : '');
