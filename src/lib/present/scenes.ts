// Scenes of a presentation as the timeline needs them: a window (UTC ms), the events put forward,
// an optional selected event and statement paragraph, and a caption. Built from a story in data/
// or, in "free" mode, from every event (or those passing a filter) in time order. Pure.
import type { I18n, LooseStory } from '$lib/data/schema';
import { toI18n, type EventModel, type TimelineModel } from '$lib/data/model';
import { sceneWindow, type StoryData } from '$lib/data/story';

export interface Scene {
	window: [number, number];
	highlight: string[];
	event?: string;
	/** "<documentId>#<paragraphId>" */
	paragraph?: string;
	/** Lanes shown (undefined: those with events in the window). */
	tracks?: string[];
	/** Theme filter. */
	theme?: string;
	title?: I18n;
	caption?: I18n;
}

/** The scenes of a story (bundled, or a dataset's own, whose texts may be plain strings). */
export function storyScenes(story: StoryData | LooseStory): Scene[] {
	return story.scenes.map((s) => ({
		window: sceneWindow(s),
		highlight: s.highlight ?? [],
		event: s.event,
		paragraph: s.paragraph,
		...(s.tracks && { tracks: s.tracks }),
		...(s.theme && { theme: s.theme }),
		title: toI18n(s.title),
		caption: toI18n(s.caption)
	}));
}

const YEAR = 365.25 * 86_400_000;

/** The window around one event: its own extent plus context on both sides (at least a year). */
export function eventWindow(e: Pick<EventModel, 't0' | 't1'>): [number, number] {
	const pad = Math.max((e.t1 - e.t0) * 1.5, YEAR);
	return [e.t0 - pad, e.t1 + pad];
}

/** One scene per event, in time order; `include` filters (e.g. a paragraph or a track). */
export function freeScenes(model: TimelineModel, include: (e: EventModel) => boolean = () => true): Scene[] {
	return model.events.filter(include).map((e) => ({
		window: eventWindow(e),
		highlight: [e.id],
		event: e.id,
		paragraph: e.paragraphs[0]?.ref,
		title: e.title,
		caption: e.summary
	}));
}

/** Clamps a 1-based scene number from a URL to the valid range; NaN and junk give 1. */
export function sceneNumber(raw: string | null | undefined, count: number): number {
	const n = Number.parseInt(raw ?? '', 10);
	if (!Number.isFinite(n) || n < 1) return 1;
	return Math.min(n, Math.max(1, count));
}
