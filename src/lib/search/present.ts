// How a search hit is shown: a main line in the page's language with the matches marked, and, when
// the match is elsewhere (a symbol, the summary, the other language), a second line showing it.
// Pure.
import type { Locale } from '$lib/data/model';
import type { Segment } from '$lib/data/phrases';
import { highlightMatches, snippet } from './highlight';
import type { EventHit, ParagraphHit } from './index';

export interface HitLine {
	segments: Segment[];
	/** language of the line's text, when it is natural-language text */
	lang?: Locale;
}

export interface HitView {
	primary: HitLine;
	secondary?: HitLine;
}

const other = (l: Locale): Locale => (l === 'en' ? 'ru' : 'en');
const hasMark = (segs: Segment[]) => segs.some((s) => s.mark);

/** The first candidate line that shows a match. */
function firstMatch(candidates: (HitLine | undefined)[]): HitLine | undefined {
	return candidates.find((c) => c && hasMark(c.segments));
}

export function presentEvent(hit: EventHit, locale: Locale, snippetLength = 110): HitView {
	const e = hit.event;
	const o = other(locale);
	const primary: HitLine = { segments: highlightMatches(e.title[locale], hit.terms), lang: locale };
	const symbols = e.symbols.length ? { segments: highlightMatches(e.symbols.join('; '), hit.terms) } : undefined;
	const summary = (l: Locale) =>
		e.summary ? { segments: snippet(e.summary[l], hit.terms, snippetLength), lang: l } : undefined;
	// Place, source labels: the low-weight fields, shown only when nothing else shows the match.
	const extra = (l: Locale): HitLine => ({
		segments: snippet([e.place?.[l], ...e.sources.map((s) => s.label?.[l])].filter(Boolean).join('; '), hit.terms, snippetLength),
		lang: l
	});
	const secondary = hasMark(primary.segments)
		? firstMatch([symbols])
		: firstMatch([
				symbols,
				summary(locale),
				{ segments: highlightMatches(e.title[o], hit.terms), lang: o },
				summary(o),
				extra(locale),
				extra(o)
			]);
	return { primary, secondary };
}

export function presentParagraph(hit: ParagraphHit, locale: Locale, snippetLength = 140): HitView {
	const text = (l: Locale): HitLine => ({ segments: snippet(hit.text[l], hit.terms, snippetLength), lang: l });
	const inText = firstMatch([text(locale), text(other(locale))]);
	if (!hit.gist) return { primary: inText ?? text(locale) };
	return { primary: { segments: highlightMatches(hit.gist[locale], hit.terms), lang: locale }, secondary: inText };
}
