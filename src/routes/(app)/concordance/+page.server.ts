// /concordance: prerendered table of the statement's paragraphs against the tracks.
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const timeline = getDataset();
	return { timeline, documentId: timeline.documents[0]?.id ?? '' };
};
