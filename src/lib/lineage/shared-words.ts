// The words a quote from an earlier text shares with a paragraph, for marking in the quote: words are
// compared by their Snowball stems after normalising case (and ё), the stemming search uses
// ($lib/search/text), so "information security" in a quote matches "information-security" or
// "информационной безопасности" matches "информационная безопасность". Stop words never count on
// their own; they are marked only inside a run, between shared words ("peace, security and stability").
// Pure.
import { normalize, parts, stem, words } from '$lib/search/text';
import { segmentsFromRanges, type Segment } from '$lib/data/phrases';

/** Function words of both languages: never marked alone, and never what makes a word "shared". */
export const STOP_WORDS = new Set(
	(
		'a an and the of in on for to by at or with as is are was were be been being its it from that this these those ' +
		'which who whom whose their them they there such also other all any each both has have had not no nor but into ' +
		'onto upon within without between through over under than then so if may can could would should shall will must ' +
		'do does did our we us his her he she you your itself themselves per via well ' +
		'и в во на о об обо по с со к ко у за из от до для не ни а но что как или же ли бы это этот эта эти этих этой ' +
		'этого его ее их им ими они она оно он мы вы все всех всем весь при над под про через между также так том числе ' +
		'который которая которое которые которых которым которой чем то тем та те свой своих своей своего свои своим ' +
		'быть является являются был была были будет'
	)
		.split(' ')
		.map(normalize)
);

/** Punctuation that ends a run of marked words (a run never crosses a sentence or a bracket). */
const BREAK = /[.;:!?()[\]«»"“”]/;

/** The stems of a text's content words (its words' parts, without stop words). */
function contentStems(text: string): Set<string> {
	const out = new Set<string>();
	for (const w of words(text))
		for (const p of parts(normalize(w.text))) if (p.text && !STOP_WORDS.has(p.text)) out.add(stem(p.text));
	return out;
}

/**
 * The ranges [start, end) of `quote` to mark: runs of words whose stems occur among the content
 * words of `paragraph`, with stop words between two shared words included in the run. A shared
 * content word on its own is a run; a stop word on its own never is. Sorted, not overlapping.
 */
export function sharedWordRanges(quote: string, paragraph: string): [number, number][] {
	const known = contentStems(paragraph);
	const ranges: [number, number][] = [];
	// The run being built, and where its last shared word ends (stop words after it are pending).
	let run: [number, number] | undefined;
	let prevEnd = 0;
	for (const w of words(quote)) {
		const gap = quote.slice(prevEnd, w.start);
		prevEnd = w.end;
		if (run && BREAK.test(gap)) {
			ranges.push(run);
			run = undefined;
		}
		const ps = parts(normalize(w.text)).filter((p) => p.text);
		const content = ps.filter((p) => !STOP_WORDS.has(p.text));
		if (!content.length) continue; // a stop word: joins a run only if a shared word follows
		if (content.some((p) => known.has(stem(p.text)))) {
			if (run) run[1] = w.end;
			else run = [w.start, w.end];
		} else if (run) {
			ranges.push(run);
			run = undefined;
		}
	}
	if (run) ranges.push(run);
	return ranges;
}

/** The quote split into plain and marked segments (see sharedWordRanges). Text only, never HTML. */
export function sharedWordSegments(quote: string, paragraph: string): Segment[] {
	return segmentsFromRanges(quote, sharedWordRanges(quote, paragraph));
}
