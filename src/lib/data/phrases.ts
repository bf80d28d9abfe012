// Splits a paragraph's text into plain and highlighted segments for the key phrases linked to it.
// Pure; overlapping phrases are merged. Rendered as text (never HTML) by the components.

export interface Segment {
	text: string;
	mark: boolean;
}

export function highlightPhrases(text: string, phrases: (string | undefined)[]): Segment[] {
	const ranges: [number, number][] = [];
	for (const p of phrases) {
		if (!p) continue;
		let from = 0;
		for (let i = text.indexOf(p, from); i !== -1; i = text.indexOf(p, from)) {
			ranges.push([i, i + p.length]);
			from = i + p.length;
		}
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged[merged.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return segmentsFromRanges(text, merged);
}

/** Plain and marked segments of `text` for sorted, non-overlapping [start, end) ranges. */
export function segmentsFromRanges(text: string, ranges: [number, number][]): Segment[] {
	const out: Segment[] = [];
	let pos = 0;
	for (const [a, b] of ranges) {
		if (a > pos) out.push({ text: text.slice(pos, a), mark: false });
		out.push({ text: text.slice(a, b), mark: true });
		pos = b;
	}
	if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
	return out;
}
