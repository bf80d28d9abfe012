// The one schema of the timeline data (valibot). It is built twice from the same definition:
// `strict` for the bundled data and the open-data file (/data/timeline.json): every text in
// English and Russian, every event sourced; `lenient` for datasets imported with ?data=, where a
// text may be a plain string and optional fields may be absent. TypeScript types are inferred.
// Its building blocks are in ./schema-fields.ts, the stories' schema in ./story-schema.ts.
import * as v from 'valibot';
import {
	ADOPTION_MODES,
	DateString,
	EVENT_KINDS,
	I18nText,
	Id,
	LooseText,
	LooseUncertain,
	ParagraphRef,
	Quote,
	UncertainText,
	nonEmpty,
	url
} from './schema-fields';
import { lenientStory, strictStory } from './story-schema';

export {
	ADOPTION_MODES,
	DateString,
	EVENT_KINDS,
	I18nText,
	Id,
	MAX_QUOTE_WORDS,
	ParagraphRef,
	UNCERTAIN_ABOUT,
	UncertainText,
	quoteWordCount,
	type UncertainAbout
} from './schema-fields';
export { MAX_CAPTION_CHARS } from './story-schema';

function build<T extends typeof I18nText | typeof LooseText, U extends typeof UncertainText | typeof LooseUncertain>(
	text: T,
	strict: boolean,
	uncertain: U
) {
	const opt = <S extends v.GenericSchema>(s: S) => (strict ? s : v.optional(s));
	const Track = v.object({
		id: Id,
		label: text,
		description: v.optional(text),
		color: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour #rrggbb')))
	});
	const Theme = v.object({ id: Id, label: text });
	const Source = v.object({ url: url(strict), label: v.optional(text) });
	const Event = v.object({
		id: Id,
		track: Id,
		kind: strict ? v.picklist(EVENT_KINDS) : v.optional(v.string()),
		start: DateString,
		end: v.optional(DateString),
		title: text,
		/** A short label for the timeline (≤ 32 characters), e.g. "Res. 53/70". */
		short: v.optional(v.pipe(text, v.check((t) => (typeof t === 'string' ? [t] : Object.values(t)).every((x) => !x || x.length <= 32), 'must be at most 32 characters'))),
		summary: opt(text),
		symbols: v.optional(v.array(nonEmpty)),
		adoption: v.optional(
			v.object({
				mode: v.picklist(ADOPTION_MODES),
				votes: v.optional(
					v.object({
						yes: v.pipe(v.number(), v.integer(), v.minValue(0)),
						no: v.pipe(v.number(), v.integer(), v.minValue(0)),
						abstain: v.pipe(v.number(), v.integer(), v.minValue(0))
					})
				),
				body: v.optional(text)
			})
		),
		place: v.optional(text),
		sources: strict
			? v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
			: v.optional(v.array(Source)),
		themes: v.optional(v.array(Id)),
		paragraphs: v.optional(
			v.array(
				v.object({
					ref: ParagraphRef,
					phrase: v.optional(v.object({ ru: v.optional(nonEmpty), en: v.optional(nonEmpty) }))
				})
			)
		),
		uncertain: v.optional(uncertain),
		/** How the date is written for readers instead of the formatted date ("Spring 1943"). */
		displayDate: v.optional(text),
		importance: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)))
	});
	/**
	 * An earlier text whose wording a paragraph carries (data/documents/<id>/lineage.json): where it
	 * is (`url`, `locator`), when (its timeline `event`, else its own `date`), and a short quote.
	 */
	const lineageFields = {
		event: v.optional(Id),
		date: v.optional(DateString),
		title: text,
		url: url(strict),
		locator: opt(nonEmpty),
		quote: v.optional(
			v.pipe(
				v.object({ en: v.optional(Quote), ru: v.optional(Quote) }),
				v.check((q) => !!(q.en || q.ru), 'needs "en" or "ru"')
			)
		),
		note: v.optional(text)
	};
	const LineageEntry = v.pipe(
		// Unknown fields are errors in the bundled data (a misspelt "quote" would vanish silently).
		strict ? v.strictObject(lineageFields) : v.object(lineageFields),
		v.check(
			(e) => !strict || e.event !== undefined || e.date !== undefined,
			'needs "date" when it has no "event" (the event gives the date otherwise)'
		)
	);
	const Paragraph = v.object({
		id: Id,
		ru: nonEmpty,
		en: nonEmpty,
		gist: v.optional(text),
		/** Earlier texts whose wording the paragraph carries (shown oldest first). */
		lineage: v.optional(v.array(LineageEntry))
	});
	const Document = v.object({
		id: Id,
		title: text,
		date: DateString,
		place: v.optional(text),
		adoptedBy: v.optional(text),
		meeting: v.optional(text),
		eventId: v.optional(Id),
		note: v.optional(text),
		titleBlock: v.optional(v.object({ ru: nonEmpty, en: nonEmpty })),
		closing: v.optional(v.object({ ru: nonEmpty, en: nonEmpty })),
		paragraphs: v.pipe(v.array(Paragraph), v.minLength(1, 'needs at least one paragraph'))
	});
	/** A period shaded on the time axis (a TimelineJS era). */
	const Era = v.object({ start: DateString, end: DateString, label: text });
	return { Track, Theme, Source, Event, LineageEntry, Paragraph, Document, Era };
}

const meta = {
	$schema: v.optional(v.string()),
	version: v.optional(v.string()),
	meta: v.optional(v.unknown())
};
/** A dataset's own title, introduction and eras (imported timelines; TimelineJS's title slide and eras). */
const heading = <T extends v.GenericSchema, E extends v.GenericSchema>(text: T, era: E) => ({
	title: v.optional(text),
	intro: v.optional(text),
	eras: v.optional(v.array(era))
});
const tracksOf = <T extends v.GenericSchema>(track: T) =>
	v.pipe(v.array(track), v.minLength(1, 'needs at least one track'));

const s = { ...build(I18nText, true, UncertainText), ...strictStory };
/** Bundled data and the open-data file: strict. */
export const strict = {
	...s,
	Timeline: v.object({
		...meta,
		...heading(I18nText, s.Era),
		documents: v.array(s.Document),
		tracks: tracksOf(s.Track),
		themes: v.array(s.Theme),
		events: v.array(s.Event),
		/** Presentations over this timeline (saved and exported with it by the editor). */
		stories: v.optional(v.array(s.Story))
	})
};

const l = { ...build(LooseText, false, LooseUncertain), ...lenientStory };
/** Imported datasets (?data=): lenient. */
export const lenient = {
	...l,
	Timeline: v.object({
		...meta,
		...heading(LooseText, l.Era),
		documents: v.optional(v.array(l.Document)),
		tracks: tracksOf(l.Track),
		themes: v.optional(v.array(l.Theme)),
		events: v.array(l.Event),
		stories: v.optional(v.array(l.Story))
	})
};

/** The source format of a document in data/documents/<id>/document.json (Russian text beside it). */
export const DocumentSource = v.strictObject({
	id: Id,
	title: I18nText,
	date: DateString,
	place: I18nText,
	adoptedBy: I18nText,
	meeting: v.optional(I18nText),
	eventId: Id,
	note: v.optional(I18nText),
	translation: v.strictObject({
		titleBlock: nonEmpty,
		paragraphs: v.record(Id, nonEmpty),
		closing: nonEmpty
	}),
	gists: v.optional(v.record(Id, I18nText))
});

/** The source format of data/documents/<id>/lineage.json: paragraph id -> earlier texts. */
export const LineageSource = v.record(Id, v.array(strict.LineageEntry));

export type I18n = v.InferOutput<typeof I18nText>;
export type LineageEntry = v.InferOutput<typeof strict.LineageEntry>;
export type LooseLineageEntry = v.InferOutput<typeof lenient.LineageEntry>;
export type Uncertainty = v.InferOutput<typeof UncertainText>;
export type Track = v.InferOutput<typeof strict.Track>;
export type Theme = v.InferOutput<typeof strict.Theme>;
export type TimelineEvent = v.InferOutput<typeof strict.Event>;
export type DocumentParagraph = v.InferOutput<typeof strict.Paragraph>;
export type TimelineDocument = v.InferOutput<typeof strict.Document>;
export type Timeline = v.InferOutput<typeof strict.Timeline>;
export type Era = v.InferOutput<typeof strict.Era>;
export type LooseTimeline = v.InferOutput<typeof lenient.Timeline>;
export type LooseEvent = v.InferOutput<typeof lenient.Event>;
export type LooseText = v.InferOutput<typeof LooseText>;
export type LooseStory = v.InferOutput<typeof lenient.Story>;
export type LooseScene = v.InferOutput<typeof lenient.Scene>;
export type DocumentSourceData = v.InferOutput<typeof DocumentSource>;
