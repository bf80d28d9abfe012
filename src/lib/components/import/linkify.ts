// Plain text with its http(s) addresses as links: the intro of an imported timeline keeps the links
// of its TimelineJS title slide written out as "label: https://…". Only http(s) addresses become
// links; everything else stays text (rendered as text nodes, never as HTML).

export type Segment = { text: string; url?: string };

const URL_RE = /https?:\/\/[^\s<>"']+/g;

export function linkify(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(URL_RE)) {
		// Punctuation after an address belongs to the sentence.
		const url = match[0].replace(/[.,;:!?)\]]+$/, '');
		const at = match.index!;
		if (at > last) out.push({ text: text.slice(last, at) });
		let ok = false;
		try {
			ok = ['http:', 'https:'].includes(new URL(url).protocol);
		} catch {
			ok = false;
		}
		out.push(ok ? { text: url, url } : { text: url });
		last = at + url.length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
