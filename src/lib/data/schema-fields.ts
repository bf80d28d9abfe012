// The building blocks of the data schema (./schema.ts): ids, dates, URLs, bilingual and loose texts,
// the kinds of event and adoption, uncertainties, paragraph references and short quotes. Each is
// one valibot schema or constant, shared by the strict and the lenient build.
import * as v from 'valibot';
import { parsePartialDate } from '$lib/timeline/time';

const ID = /^[a-z0-9][a-z0-9._-]*$/i;

export const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const Id = v.pipe(
	v.string(),
	v.regex(ID, 'must be an id of letters, digits, ".", "_" or "-"'),
	v.maxLength(120, 'must be at most 120 characters')
);

/**
 * A partial ISO 8601 date: "2009", "2009-06", "2009-06-16", or with a time of day
 * "2009-06-16T14:30" / "2009-06-16T14:30:05"; astronomical years, negative before year 0 ("-0044").
 */
export const DateString = v.pipe(
	v.string(),
	v.regex(
		/^-?\d{4,6}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/,
		'must be a date written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]'
	),
	v.check((s) => parsePartialDate(s) !== undefined, 'must be a real date (month 1-12, a day the month has, a time up to 23:59:59)')
);

/** An absolute http(s) URL; https only in the bundled data. */
export const url = (httpsOnly: boolean) =>
	v.pipe(
		v.string(),
		v.regex(
			httpsOnly ? /^https:\/\/\S+$/i : /^https?:\/\/\S+$/i,
			httpsOnly ? 'must be an https:// URL' : 'must be an http(s):// URL'
		),
		v.url('must be an absolute URL')
	);

export const I18nText = v.strictObject({ en: nonEmpty, ru: nonEmpty });
export const LooseText = v.union(
	[
		nonEmpty,
		v.pipe(
			v.object({ en: v.optional(nonEmpty), ru: v.optional(nonEmpty) }),
			v.check((o) => !!(o.en || o.ru), 'needs "en" or "ru"')
		)
	],
	'must be a string or an object {"en": "...", "ru": "..."}'
);

export const EVENT_KINDS = [
	'resolution',
	'report',
	'session',
	'process',
	'treaty',
	'signature',
	'entry-into-force',
	'statement',
	'declaration',
	'summit',
	'conference',
	'decision',
	'letter',
	'other'
] as const;

export const ADOPTION_MODES = [
	'consensus',
	'without-vote',
	'recorded-vote',
	'signature',
	'no-consensus'
] as const;

/** What an uncertainty is about: the one field of the event that is not verified. */
export const UNCERTAIN_ABOUT = ['date', 'title', 'symbol', 'vote', 'count', 'place', 'status', 'other'] as const;
export type UncertainAbout = (typeof UNCERTAIN_ABOUT)[number];
const About = v.picklist(UNCERTAIN_ABOUT, `must be one of ${UNCERTAIN_ABOUT.join(', ')}`);

/**
 * What about an event is not verified: `{ about, en, ru }`. Imported data may also give a plain
 * string or `{en, ru}` without `about`, which means `about: "other"`.
 */
export const UncertainText = v.strictObject({ about: About, en: nonEmpty, ru: nonEmpty });
export const LooseUncertain = v.union(
	[
		nonEmpty,
		v.pipe(
			v.object({ about: v.optional(About), en: v.optional(nonEmpty), ru: v.optional(nonEmpty) }),
			v.check((o) => !!(o.en || o.ru), 'needs "en" or "ru"')
		)
	],
	'must be a string or an object {"about": "date", "en": "...", "ru": "..."}'
);

/** A reference to a document paragraph, written "<documentId>#<paragraphId>". */
export const ParagraphRef = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9._-]+#[a-z0-9._-]+$/i, 'must be written <documentId>#<paragraphId>')
);

/** Quotes of earlier texts are short: at most this many words (issue 11). */
export const MAX_QUOTE_WORDS = 40;

/** Words of a quote as counted for its length limit: runs of letters or digits ("ИКТ-среды" is one). */
export const quoteWordCount = (s: string): number => s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

export const Quote = v.pipe(
	nonEmpty,
	v.check((s) => quoteWordCount(s) <= MAX_QUOTE_WORDS, `must be at most ${MAX_QUOTE_WORDS} words (a short, exact quote)`)
);
