// The whole validated dataset as open data.
import { json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;
export const GET = () => json(getDataset());
