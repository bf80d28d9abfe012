// The events in our open-data format (the shape of /data/timeline.json): tracks, themes, the
// documents the exported events refer to, and the events themselves, written back from the model.
// The result is a valid Timeline (lenient always; strict when the source data was strict), so it
// re-imports with ?data=. A document whose own event is not exported loses its `eventId`, so that
// every reference in the file resolves. Pure.
import type { DocumentModel, EventModel, LineageModel, TimelineModel } from '$lib/data/model';
import type { I18n, LineageEntry, TimelineDocument } from '$lib/data/schema';
import { selectEvents, type ExportScope } from './select';

/** Fields of the model's event that it derives from the others: never written. */
type Derived = 'lane' | 't0' | 't1' | 'precision' | 'isSpan' | 'index';
/** Lists the model always holds, which the file omits when empty. */
type OmittedWhenEmpty = 'symbols' | 'themes' | 'paragraphs';

/**
 * An event as written in the open-data file: the model's event without what it derives, optional
 * fields omitted when empty, and `importance` always written (1 when the source left it out), so
 * other tools need not know the default.
 */
export type OpenEvent = Omit<EventModel, Derived | OmittedWhenEmpty> & Partial<Pick<EventModel, OmittedWhenEmpty>>;

export interface OpenTimeline {
	$schema?: string;
	version?: string;
	meta?: { exportedFrom?: string; scope?: { from?: string; to?: string; filtered: boolean } };
	documents: TimelineDocument[];
	tracks: { id: string; label: I18n; description?: I18n }[];
	themes: { id: string; label: I18n }[];
	events: OpenEvent[];
}

export function toOpenEvent(e: EventModel): OpenEvent {
	const out = { id: e.id, track: e.track, kind: e.kind, start: e.start } as OpenEvent;
	if (e.end !== undefined) out.end = e.end;
	out.title = e.title;
	if (e.short) out.short = e.short;
	if (e.summary) out.summary = e.summary;
	if (e.symbols.length) out.symbols = e.symbols;
	if (e.adoption) {
		const { mode, votes, body } = e.adoption;
		out.adoption = { mode, ...(votes && { votes }), ...(body && { body }) };
	}
	if (e.place) out.place = e.place;
	out.sources = e.sources.map((s) => (s.label ? { url: s.url, label: s.label } : { url: s.url }));
	if (e.themes.length) out.themes = e.themes;
	if (e.paragraphs.length) out.paragraphs = e.paragraphs;
	if (e.uncertain) out.uncertain = e.uncertain;
	out.importance = e.importance;
	return out;
}

/**
 * A lineage entry as written in the open-data file. Its event is kept only when it is exported too;
 * otherwise the entry keeps the event's date, so that every reference in the file resolves.
 */
export function toOpenLineage(l: LineageModel, eventIds: { has(id: string): boolean }): LineageEntry {
	const keepEvent = l.event !== undefined && eventIds.has(l.event);
	const out = {} as LineageEntry;
	if (keepEvent) out.event = l.event;
	if (l.date !== undefined && (!keepEvent || !l.dateFromEvent)) out.date = l.date;
	out.title = l.title;
	out.url = l.url;
	if (l.locator !== undefined) out.locator = l.locator;
	if (l.quote) out.quote = l.quote;
	if (l.note) out.note = l.note;
	return out;
}

/** A document of the model in its open-data form (paragraph lineage written back, empty left out). */
function toOpenDocument(d: DocumentModel, eventIds: { has(id: string): boolean }): TimelineDocument {
	return {
		...d,
		paragraphs: d.paragraphs.map(({ lineage, ...p }) =>
			lineage.length ? { ...p, lineage: lineage.map((l) => toOpenLineage(l, eventIds)) } : p
		)
	};
}

export interface OpenDataOptions extends ExportScope {
	/** URL of the JSON Schema, written as `$schema`. */
	schemaUrl?: string;
	version?: string;
	/** Where the data came from (the site's URL), written to `meta.exportedFrom`. */
	source?: string;
	/** Readable window bounds (ISO days) for `meta.scope`. */
	windowLabel?: { from: string; to: string };
}

export function toOpenData(model: TimelineModel, opts: OpenDataOptions = {}): OpenTimeline {
	const events = selectEvents(model, opts);
	const ids = new Set(events.map((e) => e.id));
	const docIds = new Set(events.flatMap((e) => e.paragraphs.map((p) => p.ref.split('#')[0]!)));
	const documents = model.documents
		.filter((d) => docIds.has(d.id) || (d.eventId !== undefined && ids.has(d.eventId)))
		.map((d) => {
			const doc = toOpenDocument(d, ids);
			if (d.eventId === undefined || ids.has(d.eventId)) return doc;
			const { eventId: _drop, ...rest } = doc;
			return rest;
		});
	const usedThemes = new Set(events.flatMap((e) => e.themes));
	const out: OpenTimeline = {
		...(opts.schemaUrl && { $schema: opts.schemaUrl }),
		...(opts.version && { version: opts.version }),
		documents,
		tracks: model.tracks.map((t) => (t.description ? { id: t.id, label: t.label, description: t.description } : { id: t.id, label: t.label })),
		// All themes when everything is exported; otherwise only those the events use.
		themes: model.themes.filter((t) => (!opts.filter && !opts.window) || usedThemes.has(t.id)),
		events: events.map(toOpenEvent)
	};
	if (opts.source || opts.filter || opts.window)
		out.meta = {
			...(opts.source && { exportedFrom: opts.source }),
			scope: { ...(opts.windowLabel ?? {}), filtered: !!opts.filter }
		};
	return out;
}

/** The open data as a pretty-printed JSON file. */
export function eventsToJson(model: TimelineModel, opts: OpenDataOptions = {}): string {
	return JSON.stringify(toOpenData(model, opts), null, '\t') + '\n';
}
