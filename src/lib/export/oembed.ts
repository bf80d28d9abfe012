// oEmbed 1.0 for every page, as prerendered JSON files (a static site cannot answer ?url= queries):
// the page /events/<id> is described by /oembed/events/<id>.json, / by /oembed/index.json, /ru by
// /oembed/ru.json, /ru/documents/<id> by /oembed/ru/documents/<id>.json, and so on — the oEmbed path
// is the page path with ".json" (the home page is "index"). Each answer is a "rich" item whose html
// is an <iframe> of the embed view (/embed, /embed?event=<id>, …, under /ru for Russian pages).
// URLs inside the JSON are absolute when the site's origin is known (PUBLIC_SITE_ORIGIN at build
// time), otherwise root-relative. Pure: the route and the <link> component are thin wrappers.
import { tr, type Locale } from '$lib/data/model';
import type { I18n } from '$lib/data/schema';
import { esc } from './svg-theme';

export const OEMBED_WIDTH = 800;
export const OEMBED_HEIGHT = 450;

export interface OembedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/** A page of the site: its locale and its path without the locale prefix ("/events/x"). */
export interface SitePage {
	locale: Locale;
	path: string;
}

const localize = (path: string, locale: Locale) => (locale === 'ru' ? (path === '/' ? '/ru' : `/ru${path}`) : path);

/** Splits a page's pathname into locale and path: "/ru/events/x" -> ru, "/events/x". */
export function sitePage(pathname: string): SitePage {
	const clean = ('/' + pathname.replace(/^\/+|\/+$/g, '')).replace(/\/{2,}/g, '/');
	if (clean === '/ru') return { locale: 'ru', path: '/' };
	if (clean.startsWith('/ru/')) return { locale: 'ru', path: clean.slice(3) };
	return { locale: 'en', path: clean };
}

/** Root-relative oEmbed URL of a page pathname: "/ru/events/x" -> "/oembed/ru/events/x.json". */
export function oembedHref(pathname: string): string {
	const p = sitePage(pathname);
	const local = localize(p.path, p.locale);
	return `/oembed/${local === '/' ? 'index' : local.slice(1)}.json`;
}

/** The page an oEmbed file describes: "ru/events/x.json" -> { ru, "/events/x" }; undefined if not ".json". */
export function pageOfOembed(param: string): SitePage | undefined {
	const m = /^(.*)\.json$/.exec(param);
	if (!m || m[1] === '' || /(^|\/)\.\.?(\/|$)/.test(m[1]!)) return undefined;
	return sitePage(m[1] === 'index' ? '/' : `/${m[1]}`);
}

/** The oEmbed file path (route param) of a page, the inverse of pageOfOembed. */
export const oembedParam = (page: SitePage): string => oembedHref(localize(page.path, page.locale)).slice('/oembed/'.length);

/** What the site knows about its pages, for titles and embed targets. */
export interface OembedSources {
	siteTitle: I18n;
	events: { id: string; title: I18n }[];
	documents: { id: string; title: I18n; eventId?: string }[];
	stories: { id: string; title: I18n; scenes: { title?: I18n; event?: string; window: { from: string; to: string } }[] }[];
}

/** The title and the embed view (path + query, not localized) that stand for a page. */
export function describePage(page: SitePage, src: OembedSources): { title: string; embed: string } {
	const l = page.locale;
	const site = tr(src.siteTitle, l);
	const seg = page.path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
	const q = (params: Record<string, string | undefined>) => {
		const s = new URLSearchParams();
		for (const [k, v] of Object.entries(params)) if (v) s.set(k, v);
		const text = s.toString();
		return text ? `/embed?${text}` : '/embed';
	};
	if (seg[0] === 'events' && seg.length === 2) {
		const e = src.events.find((x) => x.id === seg[1]);
		if (e) return { title: `${tr(e.title, l)} — ${site}`, embed: q({ event: e.id }) };
	}
	if (seg[0] === 'documents' && seg.length === 2) {
		const d = src.documents.find((x) => x.id === seg[1]);
		if (d) return { title: `${tr(d.title, l)} — ${site}`, embed: q({ event: d.eventId }) };
	}
	if (seg[0] === 'present' && seg.length >= 2) {
		const story = src.stories.find((s) => s.id === seg[1]);
		const step = seg[2] === undefined ? 1 : Number(seg[2]);
		const scene = story && Number.isInteger(step) ? story.scenes[step - 1] : undefined;
		if (story && scene) {
			const title = [tr(story.title, l), scene.title && tr(scene.title, l)].filter(Boolean).join(': ');
			return { title: `${title} — ${site}`, embed: q({ event: scene.event, from: scene.window.from, to: scene.window.to }) };
		}
	}
	return { title: site, embed: '/embed' };
}

/** The oEmbed answer for a page. `origin` (no trailing slash) makes its URLs absolute. */
export function oembedFor(page: SitePage, src: OembedSources, origin = ''): OembedRich {
	const base = origin.replace(/\/+$/, '');
	const { title, embed } = describePage(page, src);
	const frame = `${base}${localize(embed, page.locale)}`;
	const html =
		`<iframe src="${esc(frame)}" width="${OEMBED_WIDTH}" height="${OEMBED_HEIGHT}" title="${esc(title)}"` +
		` loading="lazy" style="border:0;max-width:100%"></iframe>`;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: tr(src.siteTitle, page.locale),
		provider_url: `${base}${localize('/', page.locale)}`,
		html,
		width: OEMBED_WIDTH,
		height: OEMBED_HEIGHT
	};
}

/** The site's base URL (origin, plus a path if the site lives below one), without a trailing slash.
 * Only http(s) is accepted; anything else falls back to relative URLs (""). */
export function siteOrigin(raw: string | undefined): string {
	if (!raw) return '';
	try {
		const u = new URL(raw.trim());
		if (u.protocol !== 'https:' && u.protocol !== 'http:') return '';
		return u.origin + u.pathname.replace(/\/+$/, '');
	} catch {
		return '';
	}
}

/** Every page that has an oEmbed file by construction, in both locales. */
export function oembedPages(src: OembedSources): SitePage[] {
	const paths = ['/', ...src.events.map((e) => `/events/${e.id}`), ...src.documents.map((d) => `/documents/${d.id}`)];
	return (['en', 'ru'] as const).flatMap((locale) => paths.map((path) => ({ locale, path })));
}
