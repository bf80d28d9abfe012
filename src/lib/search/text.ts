// Text analysis for search, shared by indexing, querying and highlighting: word splitting with
// positions, normalization (lower case, ё → е), light stemming (Snowball, Russian and English) and
// document symbols ("A/RES/74/247" is one word whose tail "74/247" and parts "74", "247" are
// searchable too). Pure.
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { stemmer as stemEn } from '@orama/stemmers/english';

/** A word of a text: its characters and their position [start, end). */
export interface Word {
	text: string;
	start: number;
	end: number;
}

/**
 * Letters or digits, optionally joined by "/", "." or "-" to further letters or digits, so that
 * symbols ("A/RES/74/247", "10.11.2020") and hyphenated words ("ИКТ-преступность") stay whole.
 */
const WORD = /[\p{L}\p{N}]+(?:[/.\-][\p{L}\p{N}]+)*/gu;
const JOINER = /[/.\-]/;
const CYRILLIC = /^[\p{Script=Cyrillic}]+$/u;
const LATIN = /^[a-z]+$/;
const DIGIT = /\p{N}/u;

/** The words of a text with their positions. */
export function words(text: string): Word[] {
	const out: Word[] = [];
	for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	return out;
}

/** Lower case, ё → е, й kept: the form every comparison uses. */
export function normalize(s: string): string {
	return s.toLowerCase().replace(/ё/g, 'е');
}

/** The stem of one normalized simple word (Russian or English); other words are returned as they are. */
export function stem(word: string): string {
	if (word.length < 3) return word;
	if (CYRILLIC.test(word)) return stemRu(word);
	if (LATIN.test(word)) return stemEn(word);
	return word;
}

/** A normalized word split at its joiners, with each part's offset inside the word. */
export function parts(word: string): { text: string; offset: number }[] {
	const out: { text: string; offset: number }[] = [];
	let offset = 0;
	for (const p of word.split(JOINER)) {
		out.push({ text: p, offset });
		offset += p.length + 1;
	}
	return out;
}

/** Forms of a simple (joiner-free) normalized word: itself and its stem. */
const simpleForms = (w: string): string[] => {
	const s = stem(w);
	return s === w ? [w] : [w, s];
};

/**
 * Every form under which a word is indexed: for a simple word, the word and its stem; for a
 * compound, the whole, each tail ("res/74/247", "74/247", ...) and the forms of each part.
 */
export function indexForms(word: string): string[] {
	const w = normalize(word);
	const ps = parts(w);
	if (ps.length === 1) return simpleForms(w);
	const forms = new Set<string>([w]);
	for (let i = 1; i < ps.length; i++) forms.add(w.slice(ps[i]!.offset));
	for (const p of ps) for (const f of simpleForms(p.text)) forms.add(f);
	return [...forms];
}

/** Query words that are dropped when the query has other words. */
const STOP = new Set(
	'a an and the of in on for to by at or with as is are was be its it from that this и в во на о об по с со к ко у за из от до для не ни а но что как или же ли'.split(
		' '
	)
);

/**
 * The terms a query searches for. Symbols with digits stay whole ("74/247"); hyphenated words are
 * split into their parts; words are stemmed so that other endings match ("Будапештской" →
 * "будапештск"). Stop words are dropped unless nothing else is left.
 */
export function queryTerms(query: string): string[] {
	const terms: string[] = [];
	for (const w of words(query)) {
		const n = normalize(w.text);
		if (DIGIT.test(n) || !JOINER.test(n)) terms.push(JOINER.test(n) ? n : stem(n));
		else for (const p of parts(n)) terms.push(stem(p.text));
	}
	const content = terms.filter((t) => !STOP.has(t));
	return [...new Set(content.length ? content : terms)];
}

/** Whether a query term is worth fuzzy matching (long enough, letters only). */
export const isFuzzyTerm = (term: string): boolean => term.length >= 5 && !DIGIT.test(term) && !JOINER.test(term);
