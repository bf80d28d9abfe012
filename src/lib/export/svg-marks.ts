// Drawing of single marks for the SVG export, in the visual language of the interactive view
// (components/timeline/Marks.svelte): points are 12 px glyphs whose shape differs per lane, spans
// are tinted bars with a solid border, vague dates (month or year, not spans) are hatched bars with
// a dotted border, events whose date is not verified get a dashed border, the featured event is a star. Pure strings.
import { COLOURS, laneColour, n } from './svg-theme';

export const ACCENT = '#7a2e8e';

/** Glyph of lane `lane` (shape lane % 6) with its top-left corner at (x, y), `size` px wide. */
export function glyph(lane: number, x: number, y: number, size = 12, extra = ''): string {
	const c = laneColour(lane);
	const s = size;
	const p = (pts: [number, number][]) => `<path d="${pts.map(([a, b], i) => `${i ? 'L' : 'M'}${n(x + a * s)} ${n(y + b * s)}`).join('')}Z" fill="${c}"${extra}/>`;
	switch (((lane % 6) + 6) % 6) {
		case 0:
			return `<circle cx="${n(x + s / 2)}" cy="${n(y + s / 2)}" r="${n(s / 2)}" fill="${c}" stroke="${COLOURS.fg}" stroke-opacity="0.4"${extra}/>`;
		case 1:
			return `<rect x="${n(x)}" y="${n(y)}" width="${n(s)}" height="${n(s)}" rx="1" fill="${c}" stroke="${COLOURS.fg}" stroke-opacity="0.4"${extra}/>`;
		case 2:
			return p([[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]]);
		case 3:
			return p([[0.5, 0], [1, 1], [0, 1]]);
		case 4:
			return p([[0, 0.5], [0.25, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0.25, 1]]);
		default:
			return p([[0.5, 1], [1, 0], [0, 0]]);
	}
}

/** A five-pointed star in an 18 px box at (x, y). */
export function star(x: number, y: number, fill = ACCENT): string {
	const pts = [[50, 0], [61, 35], [98, 35], [68, 57], [79, 91], [50, 70], [21, 91], [32, 57], [2, 35], [39, 35]];
	return `<path d="${pts.map(([a, b], i) => `${i ? 'L' : 'M'}${n(x + (a! * 18) / 100)} ${n(y + (b! * 18) / 100)}`).join('')}Z" fill="${fill}"/>`;
}

/** The hatch pattern of a lane (for vague dates), referenced as url(#hatch-<key>). */
export function hatchPattern(key: number | string, colour: string = laneColour(Number(key))): string {
	return (
		`<pattern id="hatch-${key}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="8" height="8" fill="${COLOURS.bg}"/><rect width="4" height="8" fill="${colour}" fill-opacity="0.4"/></pattern>`
	);
}

export type BarStyle = 'span' | 'vague';

/** A bar from x to x2 at row top y (18 px tall, vertically centred in a 26 px row). */
export function bar(lane: number, x: number, x2: number, y: number, style: BarStyle, uncertain: boolean): string {
	const c = laneColour(lane);
	const fill = style === 'vague' ? `url(#hatch-${lane})` : c;
	const opacity = style === 'span' ? ' fill-opacity="0.3"' : '';
	const stroke = uncertain
		? ` stroke="${COLOURS.fgSoft}" stroke-width="2" stroke-dasharray="4 2"`
		: ` stroke="${c}" stroke-width="2"${style === 'vague' ? ' stroke-dasharray="2 2"' : ''}`;
	return `<rect x="${n(x + 1)}" y="${n(y + 5)}" width="${n(Math.max(4, x2 - x - 2))}" height="16" rx="3" fill="${fill}"${opacity}${stroke}/>`;
}

/** Dashed outline drawn over the point glyph of an event whose date is not verified. */
export const uncertainRing = (x: number, y: number): string =>
	`<rect x="${n(x - 2)}" y="${n(y - 2)}" width="16" height="16" rx="3" fill="none" stroke="${COLOURS.fgSoft}" stroke-width="2" stroke-dasharray="3 2"/>`;
