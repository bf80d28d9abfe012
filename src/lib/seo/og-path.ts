// Where the preview images are and how big: what the page head needs (Seo.svelte), kept apart from
// the drawing code in og-image.ts so that it stays out of the pages' JavaScript.
import type { Locale } from '$lib/data/model';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The pages with a preview image of their own: the home page and each document (its linked events). */
export type OgSubject = { kind: 'home' } | { kind: 'document'; id: string };

/** "home" or a document id, and a locale -> "home.en.png", "sco-2020-iis.ru.png". */
export const ogFileName = (subject: OgSubject, locale: Locale): string =>
	`${subject.kind === 'home' ? 'home' : subject.id}.${locale}.png`;

/** The site path of a preview image: "/og/home.en.png". */
export const ogImagePath = (subject: OgSubject, locale: Locale): string => `/og/${ogFileName(subject, locale)}`;

