// The schema of presentation stories (data/stories/<id>.json, and a dataset's optional `stories`),
// strict and lenient, on the building blocks of ./schema-fields.ts; ./schema.ts adds them to both
// builds of the timeline schema.
import * as v from 'valibot';
import { DateString, I18nText, Id, LooseText, ParagraphRef } from './schema-fields';

/** Scene captions are 1–3 sentences: a generous cap keeps them from growing into essays. */
export const MAX_CAPTION_CHARS = 420;
const captionLength = `must be at most ${MAX_CAPTION_CHARS} characters (1–3 sentences)`;

/**
 * Presentation stories (data/stories/<id>.json, and the optional `stories` of a dataset): scenes over
 * the timeline. Strict for the bundled stories: captions in both languages, at least one highlighted
 * event. Lenient for stories in imported or edited datasets (a scene captured in the editor): texts
 * may be plain strings, and a scene may highlight nothing and show its filters instead.
 */
function buildStory<T extends v.GenericSchema, C extends v.GenericSchema, H extends v.GenericSchema>(
	text: T,
	caption: C,
	highlight: H
) {
	const Scene = v.strictObject({
		/** The visible time range: `from` is the start of its date, `to` the end of its date (inclusive). */
		window: v.strictObject({ from: DateString, to: DateString }),
		/** Events drawn emphasised in this scene (the others are dimmed). */
		highlight,
		/** The selected event (its panel is open). */
		event: v.optional(Id),
		/**
		 * A statement paragraph: "<documentId>#<paragraphId>". Shown beside the timeline; when the scene
		 * highlights nothing, it also filters the events (those linked to it stand out).
		 */
		paragraph: v.optional(ParagraphRef),
		/** The lanes shown, in any order (absent: the lanes with events in the window). */
		tracks: v.optional(v.pipe(v.array(Id), v.minLength(1, 'needs at least one lane'))),
		/** A theme filter: the events with this theme stand out. */
		theme: v.optional(Id),
		title: v.optional(text),
		caption
	});
	const Story = v.strictObject({
		$schema: v.optional(v.string()),
		id: Id,
		title: text,
		description: v.optional(text),
		scenes: v.pipe(v.array(Scene), v.minLength(1, 'needs at least one scene'))
	});
	return { Scene, Story };
}
const captionText = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_CAPTION_CHARS, captionLength));
export const strictStory = buildStory(
	I18nText,
	v.strictObject({ en: captionText, ru: captionText }),
	v.pipe(v.array(Id), v.minLength(1, 'needs at least one event'))
);
export const lenientStory = buildStory(
	LooseText,
	v.optional(
		v.pipe(
			LooseText,
			v.check((t) => (typeof t === 'string' ? [t] : Object.values(t)).every((x) => !x || x.length <= MAX_CAPTION_CHARS), captionLength)
		)
	),
	v.optional(v.array(Id))
);
