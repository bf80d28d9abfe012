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

const UNCERTAIN_LABELS: Record<string, (inputs?: object, options?: { locale?: Locale }) => string> = {
	date: m.uncertain_about_date,
	title: m.uncertain_about_title,
	symbol: m.uncertain_about_symbol,
	vote: m.uncertain_about_vote,
	count: m.uncertain_about_count,
	place: m.uncertain_about_place,
	status: m.uncertain_about_status,
	other: m.uncertain_about_other
};

/** What is not verified, in words ("date" -> "Date not verified"), in the page's or the given locale. */
export const uncertainLabel = (about: string, to?: Locale): string =>
	(Object.hasOwn(UNCERTAIN_LABELS, about) ? UNCERTAIN_LABELS[about]! : m.uncertain_about_other)({}, to ? { locale: to } : {});
