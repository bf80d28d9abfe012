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

/** The path's segments after its leading slashes, without a locale segment at the front. */
const withoutLocale = (pathname: string): string[] => {
	const segments = pathname.replace(/^\/+/, '').split('/');
	if (toLocale(segments[0])) segments.shift();
	return segments;
};

/** The locale of a URL: its first path segment if that names one, else the base locale. */
export const localeOfUrl = (url: URL): Locale => toLocale(url.pathname.split('/').filter(Boolean)[0]) ?? baseLocale;

/** The locale of the page the browser shows (the base locale where there is no page). */
export const getLocale = (): Locale => (typeof location === 'undefined' ? baseLocale : localeOfUrl(new URL(location.href)));

/** The URL without its locale segment: "/ru/events/x" -> "/events/x". */
export function deLocalizeUrl(url: string | URL): URL {
	const u = new URL(url, origin());
	const segments = u.pathname.replace(/^\/+/, '').split('/');
	if (toLocale(segments[0])) u.pathname = '/' + segments.slice(1).join('/');
	return u;
}

function localizeUrl(url: URL, locale: Locale): URL {
	const u = new URL(url);
	if (localeOfUrl(u) === locale) return u;
	const path = withoutLocale(u.pathname).join('/');
	u.pathname = locale === baseLocale ? '/' + path : `/${locale}/${path}`;
	return u;
}

/** A link in the given (or the page's) locale; a root-relative href stays root-relative. */
export function localizeHref(href: string, options?: { locale?: string }): string {
	const current = getLocale();
	const target = toLocale(options?.locale) ?? current;
	const url = new URL(href, origin());
	const localized = localizeUrl(url, target);
	if (!href.startsWith('/') || url.origin !== localized.origin) return localized.href;
	return localized.pathname + localized.search + localized.hash;
}

/** A link without its locale segment; a root-relative href stays root-relative. */
export function deLocalizeHref(href: string): string {
	const url = new URL(href, origin());
	const plain = deLocalizeUrl(url);
	if (!href.startsWith('/') || url.origin !== plain.origin) return plain.href;
	return plain.pathname + plain.search + plain.hash;
}

/**
 * A message from its English and Russian functions (the compiled message modules end in this call
 * in the browser build: tools/client-locale-runtime.js): Russian when asked for or on a Russian
 * page, English otherwise, as Paraglide's own switch does.
 */
export const message =
	<I>(en: (inputs: I) => string, ru: (inputs: I) => string) =>
	(inputs = {} as I, options: { locale?: string } = {}): string =>
		((options.locale ?? getLocale()) === 'ru' ? ru : en)(inputs);
