// /present: the stories in data/stories, validated at build time.
import { getStories } from '$lib/server/stories';

export const load = () => ({
	stories: getStories().map((s) => ({ id: s.id, title: s.title, description: s.description, count: s.scenes.length }))
});
