// Untrusted HTML (TimelineJS headlines, texts, captions) reduced to plain text plus its links.
// Parsed by htmlparser2's streaming parser, which needs no DOM (it runs in the import worker):
// nothing is ever rendered as HTML. The content of script, style and other non-text elements is
// dropped; block elements become line breaks; <a href> keeps its text and, when the link is
// http(s), the link itself (anything else, javascript:, data:, relative, is listed in `dropped`).
import { Parser } from 'htmlparser2';

export interface Link {
	url: string;
	text: string;
}

export interface Reduced {
	text: string;
	links: Link[];
	/** hrefs that were not http(s) links (only their text was kept) */
	dropped: string[];
}

/** Elements whose content is never text for a reader. */
const SKIP = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'head', 'title', 'select', 'canvas', 'audio', 'video', 'picture']);
/** Elements that start and end a line. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'pre', 'hr', 'address', 'cite', 'main', 'nav']);
/** Void elements: they have no closing tag, so they must not open a skipped region. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An absolute http(s) URL, or undefined. */
export function httpUrl(raw: string): string | undefined {
	const s = raw.trim();
	if (!/^https?:\/\//i.test(s)) return undefined;
	try {
		const u = new URL(s);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
	} catch {
		return undefined;
	}
}

const TAG = /<[a-z!/?]/i;

/** Whitespace of one line collapsed, lines trimmed, at most one empty line in a row. */
function tidy(text: string): string {
	return text
		.split('\n')
		.map((l) => l.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * Reduces HTML to text with its links. Text without tags keeps its line breaks; HTML follows HTML's
 * rules (white space collapses, <br> and blocks break lines). `singleLine` joins everything into
 * one line (headlines).
 */
export function htmlToText(html: string, singleLine = false): Reduced {
	const links: Link[] = [];
	const dropped: string[] = [];
	let text: string;
	if (!TAG.test(html) && !html.includes('&')) text = tidy(html);
	else if (!TAG.test(html)) text = tidy(decodeOnly(html));
	else {
		let out = '';
		let skip = 0;
		const skipStack: string[] = [];
		let anchor: { href?: string; start: number } | undefined;
		const parser = new Parser(
			{
				onopentag(name, attrs) {
					if (skip) {
						if (SKIP.has(name) && !VOID.has(name)) skipStack.push(name), skip++;
						return;
					}
					if (SKIP.has(name) && !VOID.has(name)) {
						skipStack.push(name);
						skip++;
						return;
					}
					if (name === 'br') out += '\n';
					else if (name === 'li') out += '\n• ';
					else if (BLOCK.has(name)) out += '\n\n';
					else if (name === 'a') anchor = { href: attrs.href, start: out.length };
				},
				ontext(data) {
					if (!skip) out += data.replace(/\s+/g, ' ');
				},
				onclosetag(name) {
					if (skip) {
						if (skipStack[skipStack.length - 1] === name) skipStack.pop(), skip--;
						return;
					}
					if (BLOCK.has(name)) out += '\n\n';
					if (name === 'a' && anchor) {
						const label = out.slice(anchor.start).replace(/\s+/g, ' ').trim();
						if (anchor.href !== undefined && anchor.href.trim() !== '') {
							const url = httpUrl(anchor.href);
							if (url) links.push({ url, text: label || url });
							else dropped.push(anchor.href.trim());
						}
						anchor = undefined;
					}
				}
			},
			{ decodeEntities: true }
		);
		parser.write(html);
		parser.end();
		text = tidy(out);
	}
	if (singleLine) text = text.replace(/\s*\n\s*/g, ' ').trim();
	return { text, links, dropped };
}

/** Decodes character references in text that has no tags. */
function decodeOnly(text: string): string {
	let out = '';
	const parser = new Parser({ ontext: (d) => (out += d) }, { decodeEntities: true });
	parser.write(text.replace(/</g, '&lt;'));
	parser.end();
	return out;
}

/**
 * The text without its trailing lines that are only a link (a list of links under the text, as
 * our TimelineJS export writes the sources): those links are kept as sources anyway.
 */
export function withoutTrailingLinkLines(r: Reduced): string {
	const labels = new Set(r.links.map((l) => l.text));
	const lines = r.text.split('\n');
	while (lines.length && (lines[lines.length - 1] === '' || labels.has(lines[lines.length - 1]!))) lines.pop();
	return lines.join('\n');
}
