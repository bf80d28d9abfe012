// The embed's ?controls= parameter: which controls the embedded timeline shows.
// `full`: the toolbar (zoom, lanes, filters); `compact`: one "Filters" button that opens a sheet,
// beside the zoom buttons; `none`: no controls (gestures and keys still work). Anything else, or
// nothing, is `auto`: compact in narrow frames (≤ 40rem), full in wide ones.
import type { Controls } from '$lib/components/timeline/Timeline.svelte';

export const EMBED_CONTROLS = ['auto', 'compact', 'full', 'none'] as const satisfies readonly Controls[];

/** The controls named by ?controls= (`auto` when missing or unknown). */
export function parseControls(value: string | null | undefined): Controls {
	const v = value?.trim().toLowerCase();
	return (EMBED_CONTROLS as readonly string[]).includes(v ?? '') ? (v as Controls) : 'auto';
}

/** `src` with ?controls= set (removed for `auto`, the default). */
export function withControls(src: string, controls: Controls): string {
	const url = new URL(src);
	if (controls === 'auto') url.searchParams.delete('controls');
	else url.searchParams.set('controls', controls);
	return url.href;
}
