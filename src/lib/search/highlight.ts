// Marks the words of a text that a search matched, and cuts a short snippet around the first match.
// A word is marked when one of its index forms is among the matched index terms; in a symbol only
// the matching tail or part is marked ("A/RES/[74/247]"). Pure; the segments are rendered as text.
import { segmentsFromRanges as toSegments, type Segment } from '$lib/data/phrases';
import { indexForms, normalize, parts, stem, words } from './text';

/** Character ranges [start, end) of the text that match one of the terms. */
export function matchRanges(text: string, terms: Iterable<string>): [number, number][] {
	const set = new Set(terms);
	if (set.size === 0) return [];
	const out: [number, number][] = [];
	for (const w of words(text)) {
		if (indexForms(w.text).every((f) => !set.has(f))) continue;
		const n = normalize(w.text);
		const ps = parts(n);
		if (ps.length === 1 || set.has(n)) {
			out.push([w.start, w.end]);
			continue;
		}
		// A tail: from the first part whose tail matched to the end of the word.
		const tail = ps.findIndex((p, i) => i > 0 && set.has(n.slice(p.offset)));
		if (tail > 0) {
			out.push([w.start + ps[tail]!.offset, w.end]);
			continue;
		}
		for (const p of ps)
			if (set.has(p.text) || set.has(stem(p.text)))
				out.push([w.start + p.offset, w.start + p.offset + p.text.length]);
	}
	return out;
}

/** The text split into plain and marked segments. */
export function highlightMatches(text: string, terms: Iterable<string>): Segment[] {
	return toSegments(text, matchRanges(text, terms));
}


/**
 * A snippet of at most about `length` characters around the first match, cut at word boundaries,
 * with "…" where text was left out, split into segments. Without a match: the start of the text.
 */
export function snippet(text: string, terms: Iterable<string>, length = 140): Segment[] {
	const ranges = matchRanges(text, terms);
	if (text.length <= length) return toSegments(text, ranges);
	const first = ranges[0]?.[0] ?? 0;
	let from = Math.max(0, first - Math.floor(length / 3));
	let to = Math.min(text.length, from + length);
	from = Math.max(0, to - length);
	// Move the cuts outwards to the nearest space so no word is cut.
	if (from > 0) from = text.lastIndexOf(' ', from) + 1;
	if (to < text.length) {
		const space = text.indexOf(' ', to);
		to = space === -1 ? text.length : space;
	}
	const inside = ranges
		.filter(([a, b]) => a >= from && b <= to)
		.map(([a, b]): [number, number] => [a - from, b - from]);
	const segs = toSegments(text.slice(from, to), inside);
	if (from > 0) segs.unshift({ text: '… ', mark: false });
	if (to < text.length) segs.push({ text: ' …', mark: false });
	return segs;
}
