// Prerendered oEmbed files (see src/lib/export/oembed.ts): /oembed/index.json, /oembed/ru.json,
// /oembed/events/<id>.json, /oembed/ru/documents/<id>.json, … . Every page links to its file with a
// <link rel="alternate" type="application/json+oembed"> (OembedLink.svelte), so pages added later
// (presentations, embeds) are reached by the crawler too. The URLs inside are absolute, on the site's
// origin (PUBLIC_SITE_ORIGIN at build time, see src/lib/site.ts).
import { error, json } from '@sveltejs/kit';
import { SITE_ORIGIN } from '$lib/site';
import { getDataset } from '$lib/server/dataset';
import { getStories } from '$lib/server/stories';
import { m } from '$lib/i18n';
import { oembedFor, oembedPages, oembedParam, pageOfOembed, type OembedSources } from '$lib/export/oembed';
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
	return json(oembedFor(page, sources(), SITE_ORIGIN));
};
