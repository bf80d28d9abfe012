// Scenes of the editor's own story: a scene is the current view of the timeline (window, lanes
// shown, paragraph and theme filter, selected event) with a title and a few lines of text. Stored in
// the dataset's `stories` (schema.ts, lenient Story), so they are saved and exported with it. Pure.
import type { Draft, DraftScene, DraftStory, Text } from './draft';
import { isoDay } from '$lib/timeline/time';

/** What a scene records of a timeline view (TimelineView has these). */
export interface ViewLike {
	window: readonly [number, number];
	hidden: ReadonlySet<string>;
	paragraph?: string;
	theme?: string;
	selectedId?: string;
	model: { tracks: readonly { id: string }[] };
}

/** The view as a scene. The window is written in whole days (`to` inclusive). */
export function captureScene(view: ViewLike, text: { title?: Text; caption?: Text } = {}): DraftScene {
	const [w0, w1] = view.window;
	const scene: DraftScene = { window: { from: isoDay(w0), to: isoDay(Math.max(w0, w1 - 1)) } };
	const shown = view.model.tracks.filter((t) => !view.hidden.has(t.id)).map((t) => t.id);
	if (shown.length && shown.length < view.model.tracks.length) scene.tracks = shown;
	if (view.paragraph) scene.paragraph = view.paragraph;
	if (view.theme) scene.theme = view.theme;
	if (view.selectedId) scene.event = view.selectedId;
	if (text.title !== undefined) scene.title = text.title;
	if (text.caption !== undefined) scene.caption = text.caption;
	return scene;
}

/** The scenes of the draft's own story (the first one). */
export const scenesOf = (d: Draft): DraftScene[] => d.stories?.[0]?.scenes ?? [];

/** Replaces the scenes of the first story (made, titled after the timeline, when there is none). */
export function withScenes(d: Draft, scenes: DraftScene[], title: Text): Draft {
	const [first, ...others] = d.stories ?? [];
	if (!scenes.length) return { ...d, stories: others.length ? others : undefined };
	const story: DraftStory = first ? { ...first, scenes } : { id: 'story', title, scenes };
	return { ...d, stories: [story, ...others] };
}

export function addScene(list: DraftScene[], scene: DraftScene): DraftScene[] {
	return [...list, scene];
}

/** Moves scene i one place earlier (-1) or later (+1). */
export function moveScene(list: DraftScene[], i: number, dir: -1 | 1): DraftScene[] {
	const j = i + dir;
	if (i < 0 || j < 0 || i >= list.length || j >= list.length) return list;
	const out = list.slice();
	[out[i], out[j]] = [out[j]!, out[i]!];
	return out;
}

export const removeScene = (list: DraftScene[], i: number): DraftScene[] => list.filter((_, j) => j !== i);

export function updateScene(list: DraftScene[], i: number, f: (s: DraftScene) => DraftScene): DraftScene[] {
	if (!list[i]) return list;
	const out = list.slice();
	out[i] = f(out[i]!);
	return out;
}
