// Presentation stories (data/stories/<id>.json): an ordered list of scenes, each a time window with
// highlighted events, an optional selected event and statement paragraph, and a short caption in
// English and Russian. The valibot schema checks the shape; `checkStory` checks what a schema cannot
// (events and paragraphs exist, windows are real and cover what they highlight). Every issue names
// the file, the JSON path and the reason, like the rest of the data (see validate.ts).
import * as v from 'valibot';
import { DateString, I18nText, Id, ParagraphRef } from './schema';
import type { Issue } from './validate';
import { endOf, parsePartialDate, startOf } from '$lib/timeline/time';

/** Captions are 1–3 sentences: a generous cap keeps them from growing into essays. */
export const MAX_CAPTION_CHARS = 420;

const Caption = v.strictObject({
	en: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_CAPTION_CHARS, `must be at most ${MAX_CAPTION_CHARS} characters (1–3 sentences)`)),
	ru: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_CAPTION_CHARS, `must be at most ${MAX_CAPTION_CHARS} characters (1–3 sentences)`))
});

export const Scene = v.strictObject({
	/** The visible time range: `from` is the start of its date, `to` the end of its date (inclusive). */
	window: v.strictObject({ from: DateString, to: DateString }),
	/** Events drawn emphasised in this scene. */
	highlight: v.pipe(v.array(Id), v.minLength(1, 'needs at least one event')),
	/** The selected event (its panel is open). */
	event: v.optional(Id),
	/** A statement paragraph shown beside the timeline: "<documentId>#<paragraphId>". */
	paragraph: v.optional(ParagraphRef),
	title: v.optional(I18nText),
	caption: Caption
});

export const Story = v.strictObject({
	$schema: v.optional(v.string()),
	id: Id,
	title: I18nText,
	description: v.optional(I18nText),
	scenes: v.pipe(v.array(Scene), v.minLength(1, 'needs at least one scene'))
});

export type StoryScene = v.InferOutput<typeof Scene>;
export type StoryData = v.InferOutput<typeof Story>;

/** The time range a scene shows, UTC ms [start of `from`, exclusive end of `to`). */
export function sceneWindow(scene: Pick<StoryScene, 'window'>): [number, number] {
	const a = parsePartialDate(scene.window.from);
	const b = parsePartialDate(scene.window.to);
	if (!a || !b) return [NaN, NaN];
	return [startOf(a), endOf(b)];
}

/** What the referential checks need to know about the dataset. */
export interface StoryContext {
	/** Event id -> its time range, UTC ms [t0, t1). */
	events: Map<string, { t0: number; t1: number }>;
	/** "<documentId>#<paragraphId>" refs that exist. */
	paragraphs: Set<string>;
}

/** Builds the context from a timeline (strict or lenient shape). */
export function storyContext(t: {
	events: { id: string; start: string; end?: string }[];
	documents?: { id: string; paragraphs: { id: string }[] }[];
}): StoryContext {
	const events = new Map<string, { t0: number; t1: number }>();
	for (const e of t.events) {
		const s = parsePartialDate(e.start);
		const en = e.end ? parsePartialDate(e.end) : undefined;
		if (s) events.set(e.id, { t0: startOf(s), t1: en ? endOf(en) : endOf(s) });
	}
	const paragraphs = new Set<string>();
	for (const d of t.documents ?? []) for (const p of d.paragraphs) paragraphs.add(`${d.id}#${p.id}`);
	return { events, paragraphs };
}

/**
 * Cross-checks a schema-valid story against the dataset: the id matches the file name (when given),
 * every highlighted or selected event exists and overlaps the scene's window (or it would be
 * invisible), the window runs forward, and the paragraph resolves.
 */
export function checkStory(story: StoryData, ctx: StoryContext, file: string, expectedId?: string): Issue[] {
	const issues: Issue[] = [];
	const at = (path: string, message: string) => issues.push({ file, path, message });
	if (expectedId !== undefined && story.id !== expectedId)
		at('$.id', `must equal the file name "${expectedId}"`);
	story.scenes.forEach((scene, i) => {
		const p = `$.scenes[${i}]`;
		const [w0, w1] = sceneWindow(scene);
		const windowOk = w0 < w1;
		if (!windowOk) at(`${p}.window.to`, `window ends (${scene.window.to}) before it starts (${scene.window.from})`);
		const seeEvent = (id: string, path: string) => {
			const e = ctx.events.get(id);
			if (!e) return at(path, `unknown event "${id}"`);
			if (windowOk && (e.t1 <= w0 || e.t0 >= w1))
				at(path, `event "${id}" lies outside the scene window ${scene.window.from} – ${scene.window.to}`);
		};
		const seen = new Set<string>();
		scene.highlight.forEach((id, j) => {
			if (seen.has(id)) at(`${p}.highlight[${j}]`, `duplicate event "${id}"`);
			seen.add(id);
			seeEvent(id, `${p}.highlight[${j}]`);
		});
		if (scene.event !== undefined) seeEvent(scene.event, `${p}.event`);
		if (scene.paragraph !== undefined && !ctx.paragraphs.has(scene.paragraph))
			at(`${p}.paragraph`, `unknown paragraph "${scene.paragraph}"`);
	});
	return issues;
}
