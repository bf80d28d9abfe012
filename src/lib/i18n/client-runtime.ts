// The browser's stand-in for Paraglide's runtime (src/lib/paraglide/runtime.js), for this site's one
// locale scheme: English at the root, Russian under /ru (Paraglide's default URL pattern, with the
// strategies ['url', 'baseLocale']). The client build resolves imports of that runtime to this
// module (vite.config.ts), so the compiled messages and our helpers ask it for the locale; the
// server keeps Paraglide's own runtime. It exports only what the client imports of it, and
// client-runtime.test.ts checks each function against Paraglide's on the same URLs, and
// client-messages.test.ts the messages made with `message`.

export type Locale = 'en' | 'ru';

export const baseLocale: Locale = 'en';
export const locales: readonly Locale[] = ['en', 'ru'];
/** Paraglide's compile-time locale; this site has none (the messages then read `getLocale()`). */
export const experimentalStaticLocale: Locale | undefined = undefined;

const origin = (): string => (typeof location === 'undefined' ? 'http://localhost' : location.origin);

/** The locale a path's first segment names, if any ("RU" counts, as in Paraglide). */
const toLocale = (segment: string | undefined): Locale | undefined => {
	const s = segment?.toLowerCase();
	return s === 'en' || s === 'ru' ? s : undefined;
};

/** A path's locale (if its first segment names one) and the rest of it, without leading slashes. */
function splitPath(pathname: string): { locale?: Locale; rest: string } {
	const [first, ...rest] = pathname.replace(/^\/+/, '').split('/');
	const locale = toLocale(first);
	return locale ? { locale, rest: rest.join('/') } : { rest: [first, ...rest].join('/') };
}

/** The locale of a URL: its first path segment if that names one, else the base locale. */
export const localeOfUrl = (url: URL): Locale => splitPath(url.pathname).locale ?? baseLocale;

/** The locale of the page the browser shows (the base locale where there is no page). */
export const getLocale = (): Locale => (typeof location === 'undefined' ? baseLocale : localeOfUrl(new URL(location.href)));

/** The URL without its locale segment: "/ru/events/x" -> "/events/x". */
export function deLocalizeUrl(url: string | URL): URL {
	const u = new URL(url, origin());
	const { locale, rest } = splitPath(u.pathname);
	if (locale) u.pathname = `/${rest}`;
	return u;
}

function localizeUrl(url: URL, locale: Locale): URL {
	const u = new URL(url);
	const path = splitPath(u.pathname);
	if ((path.locale ?? baseLocale) === locale) return u;
	u.pathname = locale === baseLocale ? `/${path.rest}` : `/${locale}/${path.rest}`;
	return u;
}

/** `url` written the way `href` was: a root-relative href stays root-relative, any other is absolute. */
const asHref = (href: string, url: URL): string => (href.startsWith('/') ? url.pathname + url.search + url.hash : url.href);

/** A link in the given (or the page's) locale. */
export const localizeHref = (href: string, options?: { locale?: string }): string =>
	asHref(href, localizeUrl(new URL(href, origin()), toLocale(options?.locale) ?? getLocale()));

/** A link without its locale segment. */
export const deLocalizeHref = (href: string): string => asHref(href, deLocalizeUrl(href));

/**
 * A message from its English and Russian functions (the compiled message modules end in this call
 * in the browser build: tools/client-locale-runtime.js): Russian when asked for or on a Russian
 * page, English otherwise, as Paraglide's own switch does.
 */
export const message =
	<I>(en: (inputs: I) => string, ru: (inputs: I) => string) =>
	(inputs = {} as I, options: { locale?: string } = {}): string =>
		((options.locale ?? getLocale()) === 'ru' ? ru : en)(inputs);
