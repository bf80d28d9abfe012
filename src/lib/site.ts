// The site's public origin and absolute URLs of its pages. The origin is PUBLIC_SITE_ORIGIN at build
// time, or the address of `npm run preview` (see site.config.js); it is fixed into the code, so the
// server and the browser agree on every URL built from it.
import type { Locale } from '$lib/data/model';

/** "https://host[:port]", without a trailing slash. */
export const SITE_ORIGIN: string = __SITE_ORIGIN__;

/** A path (without locale prefix) in a locale: ("/", "ru") -> "/ru"; ("/x", "ru") -> "/ru/x". */
export const localizedPath = (path: string, locale: Locale): string =>
	locale === 'en' ? path : path === '/' ? '/ru' : `/ru${path}`;

/** The absolute URL of a site path ("/ru/events/x"): origin + path; the root keeps its slash. */
export const absoluteUrl = (path: string, origin = SITE_ORIGIN): string => `${origin}${path === '/' ? '/' : path}`;
