// Colours, fonts and small helpers shared by the SVG export. The colours are those of src/app.css in
// light mode (an exported image has a white background whatever the reader's theme); keep them in
// step with the --lane-* and text tokens there. Pure.

/** --lane-0 … --lane-7 (light mode). */
export const LANE_COLOURS = ['#b35c00', '#0069a8', '#a1307a', '#00775b', '#b8390e', '#4f5d75', '#7a6a00', '#5a3ea1'] as const;

export const COLOURS = {
	bg: '#ffffff',
	bgSoft: '#f4f5f7',
	fg: '#1b1f24',
	fgSoft: '#4a5260',
	border: '#c9ced6'
} as const;

/** --font: system fonts only, nothing to download. */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

export const laneColour = (lane: number): string => LANE_COLOURS[((lane % 8) + 8) % 8]!;

/** Escapes text and attribute values for XML. */
export function esc(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Rounds to 0.1 px so the output is stable and compact. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);

/** Shortens a label to `max` characters with an ellipsis (the layout reserves at most 60). */
export function clip(text: string, max = 60): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Rough width of `text` at `size` px in a system sans-serif (for layout only). */
export const textWidth = (text: string, size: number): number => Array.from(text).length * size * 0.62;
