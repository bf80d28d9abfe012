// /present/free: every event as a scene (filters come from the query, read in the browser).
import { getDataset } from '$lib/server/dataset';

export const load = () => ({ timeline: getDataset() });
