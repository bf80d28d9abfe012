// Open Graph / Twitter preview images (1200×630), drawn from the data at build time: the timeline as
// the SVG export draws it (src/lib/export/svg.ts), scaled into the card's frame under a band with the
// page's title. Pure: returns SVG text; the route src/routes/og/[file]/+server.ts rasterises it.
import { m } from '$lib/i18n';
import type { Locale, TimelineModel } from '$lib/data/model';
import { tr } from '$lib/data/model';
import { timelineSvg } from '$lib/export/svg';
import { COLOURS, FONT, esc } from '$lib/export/svg-theme';

export { OG_WIDTH, OG_HEIGHT, ogFileName, ogImagePath, type OgSubject } from './og-path';
import { OG_HEIGHT, OG_WIDTH, type OgSubject } from './og-path';

/** Parses a file name back: "sco-2020-iis.ru.png" -> document sco-2020-iis, ru; undefined if malformed. */
export function parseOgFileName(file: string): { subject: OgSubject; locale: Locale } | undefined {
	const mt = /^([a-z0-9-]+)\.(en|ru)\.png$/.exec(file);
	if (!mt) return undefined;
	const subject: OgSubject = mt[1] === 'home' ? { kind: 'home' } : { kind: 'document', id: mt[1]! };
	return { subject, locale: mt[2] as Locale };
}

/** Every preview image the site has. */
export const ogSubjects = (model: TimelineModel): OgSubject[] => [
	{ kind: 'home' },
	...model.documents.map((d) => ({ kind: 'document' as const, id: d.id }))
];

/** The card as SVG text, or undefined when the subject is not in the model. */
export function ogImageSvg(model: TimelineModel, subject: OgSubject, locale: Locale): string | undefined {
	const site = m.site_title({}, { locale });
	let title: string = site;
	let filter: ((e: TimelineModel['events'][number]) => boolean) | undefined;
	if (subject.kind === 'document') {
		const doc = model.documents.find((d) => d.id === subject.id);
		if (!doc) return undefined;
		title = tr(doc.title, locale);
		const ref = (p: string) => `${doc.id}#${p}`;
		const ids = new Set(doc.paragraphs.map((p) => ref(p.id)));
		filter = (e) => e.id === doc.eventId || e.paragraphs.some((p) => ids.has(p.ref));
	}
	const heading = subject.kind === 'home' ? m.site_tagline({}, { locale }) : site;
	const image = timelineSvg(model, { locale, title: heading, site, filter });
	// The timeline below a title band, scaled to fit the rest of the card (never enlarged).
	const band = 96;
	const scale = Math.min(1, (OG_HEIGHT - band) / image.height, OG_WIDTH / image.width);
	const w = image.width * scale;
	const inner = image.svg.replace(/^<svg /, `<svg x="${(OG_WIDTH - w) / 2}" y="${band}" `).replace(
		/ width="\d+" height="\d+"/,
		` width="${w}" height="${image.height * scale}"`
	);
	const lines = wrapWords(title, 62, 2);
	const size = lines.length > 1 ? 28 : 34;
	const text = lines
		.map((l, i) => `<text x="24" y="${lines.length > 1 ? 40 + i * 34 : 58}" font-size="${size}" font-weight="700" fill="${COLOURS.fg}">${esc(l)}</text>`)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${esc(FONT)}">` +
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOURS.bg}"/>` +
		`<rect width="${OG_WIDTH}" height="${band - 8}" fill="${COLOURS.bgSoft}"/>` +
		text +
		inner +
		`</svg>`
	);
}

/** Splits text into at most `maxLines` lines of about `width` characters at spaces; the last is cut with "…". */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	kept[maxLines - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`;
	return kept;
}
