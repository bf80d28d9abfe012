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

// Kinds and modes map to their messages by name, written out so that the bundler keeps only the
// messages a page uses (a lookup by computed name would pull every message into every page).
const KIND_LABELS: Record<string, () => string> = {
	resolution: m.kind_resolution,
	report: m.kind_report,
	session: m.kind_session,
	process: m.kind_process,
	treaty: m.kind_treaty,
	signature: m.kind_signature,
	'entry-into-force': m['kind_entry-into-force'],
	statement: m.kind_statement,
	declaration: m.kind_declaration,
	summit: m.kind_summit,
	conference: m.kind_conference,
	decision: m.kind_decision,
	letter: m.kind_letter,
	other: m.kind_other
};

const MODE_LABELS: Record<string, () => string> = {
	consensus: m.mode_consensus,
	'without-vote': m['mode_without-vote'],
	'recorded-vote': m['mode_recorded-vote'],
	signature: m.mode_signature,
	'no-consensus': m['mode_no-consensus']
};

/** Label of an event kind ("resolution" -> "резолюция"); unknown kinds are shown as they are. */
export const kindLabel = (kind: string): string => (Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind]!() : kind);

/** Label of an adoption mode ("consensus" -> "by consensus"). */
export const modeLabel = (mode: string): string => (Object.hasOwn(MODE_LABELS, mode) ? MODE_LABELS[mode]!() : mode);

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
