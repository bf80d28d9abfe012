// The search engine: one MiniSearch index over the events (titles, symbols, summaries, places, source
// labels, track and theme names) and the documents' paragraphs (text and gist), in both languages at
// once. Queries match case-insensitively, with ё = е, other word endings (stems), prefixes while
// typing, small typos in longer words, and document symbols whole or in parts. Pure.
import MiniSearch from 'minisearch';
import type { EventModel, TimelineModel } from '$lib/data/model';
import { indexForms, isFuzzyTerm, queryTerms, words } from './text';
import { MIN_QUERY_LENGTH } from './limits';

export { highlightMatches, snippet } from './highlight';

interface Entry {
	id: string;
	title: string;
	symbols: string;
	body: string;
	extra: string;
}

export interface EventHit {
	kind: 'event';
	id: string;
	event: EventModel;
	/** the index terms that matched (for highlighting) */
	terms: string[];
	score: number;
}

export interface ParagraphHit {
	kind: 'paragraph';
	/** "<documentId>#<paragraphId>" */
	ref: string;
	documentId: string;
	paragraphId: string;
	/** paragraph number, 1-based */
	n: number;
	text: { en: string; ru: string };
	gist?: { en: string; ru: string };
	terms: string[];
	score: number;
}

export interface SearchResults {
	query: string;
	events: EventHit[];
	paragraphs: ParagraphHit[];
}

export interface SearchIndex {
	search(query: string, options?: { limitEvents?: number; limitParagraphs?: number }): SearchResults;
}

type ParagraphInfo = Omit<ParagraphHit, 'kind' | 'terms' | 'score'>;

const both = (t: { en: string; ru: string } | undefined): string => (t ? `${t.en}\n${t.ru}` : '');

/** Score factor per importance step above 1: importance 2 scores ×1.25, importance 3 ×1.5. */
export const IMPORTANCE_BOOST = 0.25;

/** Builds the index for a model. Cheap: a few milliseconds for the bundled data. */
export function buildSearchIndex(model: TimelineModel): SearchIndex {
	// More important events rank higher among similar matches, so milestones (74/247, 79/243) are
	// not crowded out of the short list by many minor meetings with the same words.
	const boost = new Map(model.events.map((e) => [`e:${e.id}`, 1 + IMPORTANCE_BOOST * (e.importance - 1)]));
	const ms = new MiniSearch<Entry>({
		fields: ['title', 'symbols', 'body', 'extra'],
		tokenize: (text) => words(text).map((w) => w.text),
		processTerm: (term) => indexForms(term),
		searchOptions: {
			boost: { title: 3, symbols: 3, body: 1, extra: 0.5 },
			combineWith: 'AND',
			prefix: (term) => term.length >= 2,
			fuzzy: (term) => (isFuzzyTerm(term) ? 0.2 : false),
			maxFuzzy: 2,
			weights: { fuzzy: 0.3, prefix: 0.6 },
			boostDocument: (id) => boost.get(String(id)) ?? 1
		}
	});
	const trackLabel = new Map(model.tracks.map((t) => [t.id, both(t.label)]));
	const themeLabel = new Map(model.themes.map((t) => [t.id, both(t.label)]));
	const entries: Entry[] = model.events.map((e) => ({
		id: `e:${e.id}`,
		title: both(e.title),
		symbols: e.symbols.join(' '),
		body: both(e.summary),
		extra: [
			both(e.place),
			...e.sources.map((s) => both(s.label)),
			trackLabel.get(e.track) ?? '',
			...e.themes.map((t) => themeLabel.get(t) ?? '')
		].join('\n')
	}));
	const paragraphs = new Map<string, ParagraphInfo>();
	for (const d of model.documents)
		d.paragraphs.forEach((p, i) => {
			const ref = `${d.id}#${p.id}`;
			paragraphs.set(ref, {
				ref,
				documentId: d.id,
				paragraphId: p.id,
				n: i + 1,
				text: { en: p.en, ru: p.ru },
				gist: p.gist
			});
			entries.push({ id: `p:${ref}`, title: both(p.gist), symbols: p.id, body: `${p.ru}\n${p.en}`, extra: '' });
		});
	ms.addAll(entries);

	return {
		search(query, { limitEvents = 8, limitParagraphs = 5 } = {}) {
			const out: SearchResults = { query, events: [], paragraphs: [] };
			const letters = query.replace(/[^\p{L}\p{N}]/gu, '');
			if (letters.length < MIN_QUERY_LENGTH) return out;
			const terms = queryTerms(query);
			if (!terms.length) return out;
			// The query is already processed (stemmed, split): search with those terms as they are.
			const hits = ms.search(terms.join(' '), { tokenize: (q) => q.split(' '), processTerm: (t) => t });
			for (const h of hits) {
				const id = String(h.id);
				if (id.startsWith('e:')) {
					const event = model.byId.get(id.slice(2));
					if (event && out.events.length < limitEvents)
						out.events.push({ kind: 'event', id: event.id, event, terms: h.terms, score: h.score });
				} else {
					const p = paragraphs.get(id.slice(2));
					if (p && out.paragraphs.length < limitParagraphs)
						out.paragraphs.push({ kind: 'paragraph', ...p, terms: h.terms, score: h.score });
				}
			}
			return out;
		}
	};
}
