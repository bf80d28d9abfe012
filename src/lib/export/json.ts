// The events in our open-data format (the shape of /data/timeline.json): tracks, themes, the
// documents the exported events refer to, and the events themselves, written back from the model.
// The result is a valid Timeline (lenient always; strict when the source data was strict), so it
// re-imports with ?data=. A document whose own event is not exported loses its `eventId`, so that
// every reference in the file resolves. Pure.
import type { EventModel, TimelineModel } from '$lib/data/model';
import type { I18n, TimelineDocument } from '$lib/data/schema';
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
			if (d.eventId === undefined || ids.has(d.eventId)) return d;
			const { eventId: _drop, ...rest } = d;
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
