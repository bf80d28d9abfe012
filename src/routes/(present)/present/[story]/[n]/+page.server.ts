// /present/<story>/<n>: one prerendered page per scene, so a talk can link to a slide.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { getStories, getStory } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	getStories().flatMap((s) => s.scenes.map((_, i) => ({ story: s.id, n: String(i + 1) })));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	const n = Number(params.n);
	if (!Number.isInteger(n) || n < 1 || n > story.scenes.length) error(404, `No scene ${params.n}`);
	return { timeline: getDataset(), story, n };
};
