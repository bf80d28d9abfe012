// Prerendered oEmbed files (see src/lib/export/oembed.ts): /oembed/index.json, /oembed/ru.json,
// /oembed/events/<id>.json, /oembed/ru/documents/<id>.json, … . Every page links to its file with a
// <link rel="alternate" type="application/json+oembed"> (OembedLink.svelte), so pages added later
// (presentations, embeds) are reached by the crawler too. Set PUBLIC_SITE_ORIGIN at build time
// (e.g. https://example.org) to make the URLs inside the JSON absolute.
import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/public';
import { getDataset } from '$lib/server/dataset';
import { getStories } from '$lib/server/stories';
import { m } from '$lib/i18n';
import { oembedFor, oembedPages, oembedParam, pageOfOembed, siteOrigin, type OembedSources } from '$lib/export/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

function sources(): OembedSources {
	const t = getDataset();
	return {
		siteTitle: { en: m.site_title({}, { locale: 'en' }), ru: m.site_title({}, { locale: 'ru' }) },
		events: t.events,
		documents: t.documents,
		stories: getStories()
	};
}

export const entries: EntryGenerator = () => oembedPages(sources()).map((p) => ({ path: oembedParam(p) }));

export const GET: RequestHandler = ({ params }) => {
	const page = pageOfOembed(params.path);
	if (!page) error(404, 'Not an oEmbed file');
	return json(oembedFor(page, sources(), siteOrigin(env.PUBLIC_SITE_ORIGIN)));
};
