// Site-wide settings read at build time by svelte.config.js, vite.config.ts and the build's
// post-processing (headers file, sitemap): the site's public origin and the Content-Security-Policy.
// Plain JavaScript so that Node can import it before anything is compiled.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Where the site is served when PUBLIC_SITE_ORIGIN is not set: the address of `npm run preview`.
 * Set PUBLIC_SITE_ORIGIN (e.g. https://timeline.example.org; the site is served at its root) when
 * building for a real host: canonical URLs, hreflang alternates, the sitemap, robots.txt, Open Graph
 * images and oEmbed URLs are absolute and use it.
 */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/** The site's origin ("https://host[:port]", no trailing slash): PUBLIC_SITE_ORIGIN or the default. */
export function siteOriginFrom(raw = process.env.PUBLIC_SITE_ORIGIN) {
	if (!raw?.trim()) return DEFAULT_SITE_ORIGIN;
	let u;
	try {
		u = new URL(raw.trim());
	} catch {
		u = undefined;
	}
	if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.pathname !== '/' || u.search || u.hash)
		throw new Error(`PUBLIC_SITE_ORIGIN must be an http(s) origin such as https://example.org, got ${JSON.stringify(raw)}`);
	return u.origin;
}

/** 'sha256-…' of every inline <script> in src/app.html (SvelteKit hashes only its own scripts). */
export function appHtmlScriptHashes(file = new URL('./src/app.html', import.meta.url)) {
	const html = readFileSync(file, 'utf8');
	return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.filter((body) => body.trim() !== '')
		.map((body) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
}

/**
 * The policy (SvelteKit's kit.csp.directives: keywords unquoted, SvelteKit quotes them), emitted as a
 * <meta http-equiv> on every prerendered page with the hashes of SvelteKit's own inline scripts added.
 * - connect-src allows any http(s) host: `?data=<url>` opens a dataset from another site.
 * - img-src: data: and blob: for the PNG export (an SVG drawn through a blob URL).
 * - worker-src: the ?data= validation worker, a file of the site.
 */
export function cspDirectives() {
	return {
		'default-src': ['self'],
		'script-src': ['self', ...appHtmlScriptHashes()],
		'style-src': ['self'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self', 'https:', 'http:'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}
