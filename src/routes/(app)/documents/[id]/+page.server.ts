// One prerendered page per document (the statement, paragraph by paragraph), with the part of the
// dataset its reader shows (documentSlice), not the whole of it.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { documentSlice } from '$lib/data/document-slice';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().documents.map((d) => ({ id: d.id }));

export const load: PageServerLoad = ({ params }) => {
	const t = getDataset();
	const doc = t.documents.find((d) => d.id === params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return { ...documentSlice(t, doc.id), id: doc.id };
};
