// One prerendered page per event.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().events.map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const t = getDataset();
	const event = t.events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return { timeline: t, id: event.id };
};
