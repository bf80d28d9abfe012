// Presentation stories (data/stories/<id>.json, or a dataset's `stories`): an ordered list of
// scenes, each a time window with highlighted events (or filters: lanes, theme, paragraph), an
// optional selected event and statement paragraph, and a short caption in English and Russian. The valibot schema checks the shape; `checkStory` checks what a schema cannot
// (events and paragraphs exist, windows are real and cover what they highlight). Every issue names
// the file, the JSON path and the reason, like the rest of the data (see validate.ts).
import type * as v from 'valibot';
import { MAX_CAPTION_CHARS, strict, type LooseStory } from './schema';
import type { Issue } from './validate';
import { endOf, parsePartialDate, startOf } from '$lib/timeline/time';

/** The schemas live in schema.ts (a dataset may carry stories too); strict for data/stories. */
export const Scene = strict.Scene;
export const Story = strict.Story;
export { MAX_CAPTION_CHARS };

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
	/** Track and theme ids that exist (scene filters); unchecked when absent. */
	tracks?: Set<string>;
	themes?: Set<string>;
}

/** Builds the context from a timeline (strict or lenient shape). */
export function storyContext(t: {
	events: { id: string; start: string; end?: string }[];
	documents?: { id: string; paragraphs: { id: string }[] }[];
	tracks?: { id: string }[];
	themes?: { id: string }[];
}): StoryContext {
	const events = new Map<string, { t0: number; t1: number }>();
	for (const e of t.events) {
		const s = parsePartialDate(e.start);
		const en = e.end ? parsePartialDate(e.end) : undefined;
		if (s) events.set(e.id, { t0: startOf(s), t1: en ? endOf(en) : endOf(s) });
	}
	const paragraphs = new Set<string>();
	for (const d of t.documents ?? []) for (const p of d.paragraphs) paragraphs.add(`${d.id}#${p.id}`);
	return {
		events,
		paragraphs,
		tracks: t.tracks && new Set(t.tracks.map((x) => x.id)),
		themes: t.themes && new Set(t.themes.map((x) => x.id))
	};
}

/**
 * Cross-checks a schema-valid story against the dataset: the id matches the file name (when given),
 * every highlighted or selected event exists and overlaps the scene's window (or it would be
 * invisible), the window runs forward, and the paragraph resolves.
 */
export function checkStory(story: StoryData | LooseStory, ctx: StoryContext, file: string, expectedId?: string): Issue[] {
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
		(scene.highlight ?? []).forEach((id, j) => {
			if (seen.has(id)) at(`${p}.highlight[${j}]`, `duplicate event "${id}"`);
			seen.add(id);
			seeEvent(id, `${p}.highlight[${j}]`);
		});
		if (scene.event !== undefined) seeEvent(scene.event, `${p}.event`);
		if (scene.paragraph !== undefined && !ctx.paragraphs.has(scene.paragraph))
			at(`${p}.paragraph`, `unknown paragraph "${scene.paragraph}"`);
		scene.tracks?.forEach((id, j) => {
			if (ctx.tracks && !ctx.tracks.has(id)) at(`${p}.tracks[${j}]`, `unknown track "${id}"`);
		});
		if (scene.theme !== undefined && ctx.themes && !ctx.themes.has(scene.theme))
			at(`${p}.theme`, `unknown theme "${scene.theme}"`);
	});
	return issues;
}
