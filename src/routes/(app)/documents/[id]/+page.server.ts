// One prerendered page per document (the statement, paragraph by paragraph).
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().documents.map((d) => ({ id: d.id }));

export const load: PageServerLoad = ({ params }) => {
	const t = getDataset();
	const doc = t.documents.find((d) => d.id === params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return { timeline: t, id: doc.id };
};
