// UI strings and locale helpers on top of Paraglide (messages in ./messages/{en,ru}.json).
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/data/model';

export { m };

/** The locale of the current page ("en" at the root, "ru" under /ru/). */
export const locale = (): Locale => getLocale() as Locale;

/** A site-internal link in the current (or given) locale: "/events/x" -> "/ru/events/x". */
export const href = (path: string, to?: Locale): string =>
	// Pages are prerendered without trailing slashes ("/ru", not "/ru/"), so links must match.
	localizeHref(path, to ? { locale: to } : undefined).replace(/(.)\/(?=[?#]|$)/, '$1');
