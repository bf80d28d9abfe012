// Preview images for Open Graph and Twitter cards, prerendered as PNG files (1200×630):
// /og/home.en.png, /og/home.ru.png and /og/<document>.<locale>.png (src/lib/seo/og-image.ts draws
// them). Rasterised by resvg with the DejaVu Sans files of the dejavu-fonts-ttf package, so the text
// renders the same on every machine, with no system fonts and nothing fetched.
import { error } from '@sveltejs/kit';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { getDataset } from '$lib/server/dataset';
import { buildModel } from '$lib/data/model';
import { LOCALES } from '$lib/data/model';
import { ogFileName, ogImageSvg, ogSubjects, parseOgFileName } from '$lib/seo/og-image';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));

const model = () => buildModel(getDataset());

export const entries: EntryGenerator = () =>
	ogSubjects(model()).flatMap((s) => LOCALES.map((l) => ({ file: ogFileName(s, l) })));

export const GET: RequestHandler = ({ params }) => {
	const parsed = parseOgFileName(params.file);
	const svg = parsed && ogImageSvg(model(), parsed.subject, parsed.locale);
	if (!svg) error(404, 'No such preview image');
	const png = new Resvg(svg, {
		font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
