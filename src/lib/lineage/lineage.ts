// Pure helpers over the lineage in the model: a paragraph's earlier texts, the quote to show in a
// language (falling back to the other), the earliest entry, the events a paragraph's lineage names,
// and the paragraphs an event's wording fed.
import type { DocumentModel, LineageModel, Locale, ParagraphModel, TimelineModel } from '$lib/data/model';

/** The document and paragraph of a ref ("sco-2020-iis#p7"), when they exist. */
export function paragraphOf(
	model: TimelineModel,
	ref: string | undefined
): { doc: DocumentModel; paragraph: ParagraphModel; n: number } | undefined {
	if (!ref) return undefined;
	const [docId, pid] = ref.split('#');
	const doc = model.documents.find((d) => d.id === docId);
	const i = doc?.paragraphs.findIndex((p) => p.id === pid) ?? -1;
	return doc && i >= 0 ? { doc, paragraph: doc.paragraphs[i]!, n: i + 1 } : undefined;
}

/** The quote of an entry in `lang`, else in the other language (then `fallback`), else nothing. */
export function quoteFor(
	entry: LineageModel,
	lang: Locale
): { text: string; lang: Locale; fallback: boolean } | undefined {
	const other: Locale = lang === 'en' ? 'ru' : 'en';
	const own = entry.quote?.[lang];
	if (own) return { text: own, lang, fallback: false };
	const alt = entry.quote?.[other];
	return alt ? { text: alt, lang: other, fallback: true } : undefined;
}

/** The earliest dated entry (entries are kept oldest first), else the first. */
export const earliest = (entries: LineageModel[]): LineageModel | undefined =>
	entries.find((l) => !Number.isNaN(l.t0)) ?? entries[0];

/** The distinct event ids a list of entries names, in order. */
export const lineageEventIds = (entries: LineageModel[]): string[] => [
	...new Set(entries.map((l) => l.event).filter((id): id is string => !!id))
];

/** The entries that name an event, grouped by the paragraph they belong to, in document order. */
export function paragraphsFedBy(
	model: TimelineModel,
	eventId: string
): { doc: DocumentModel; paragraph: ParagraphModel; n: number; entries: LineageModel[] }[] {
	const out = [];
	for (const doc of model.documents)
		for (const [i, paragraph] of doc.paragraphs.entries()) {
			const entries = paragraph.lineage.filter((l) => l.event === eventId);
			if (entries.length) out.push({ doc, paragraph, n: i + 1, entries });
		}
	return out;
}
