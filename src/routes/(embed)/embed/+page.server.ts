// /embed: the timeline alone for iframes; the bundled dataset, validated at build time.
import { getDataset } from '$lib/server/dataset';

export const load = () => ({ timeline: getDataset() });
