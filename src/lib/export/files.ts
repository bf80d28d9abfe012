// Builds the files the export menu offers, from the model, a scope and a locale: data files (CSV,
// open-data JSON, TimelineJS JSON, iCalendar, CSL-JSON) as text with their name and MIME type, and the SVG image.
// Pure: the menu only chooses the scope and hands the result to download.ts (and png.ts).
import type { Locale, TimelineModel } from '$lib/data/model';
import { eventsToCsv } from './csv';
import { eventsToJson } from './json';
import { eventsToTimelineJs } from './timelinejs';
import { eventsToIcs } from './ics';
import { eventsToCsl } from './csl';
import { timelineSvg, type SvgImage } from './svg';
import { exportFileName, type ExportScope } from './select';
import { isoDay } from '$lib/timeline/time';

export type DataFormat = 'csv' | 'json' | 'timelinejs' | 'ics' | 'csl';

export interface TextFile {
	name: string;
	type: string;
	text: string;
}

export interface ExportContext {
	model: TimelineModel;
	locale: Locale;
	/** Title for the image and the calendar name. */
	title: string;
	/** The site's name and address, for credits ("Information security policy timeline, https://…"). */
	site: string;
	/** Absolute base URL of the site ("https://example.org"), for links in the files. */
	origin?: string;
	/** Where the data lives, for the image's source line. Default "/data/timeline.json". */
	dataUrl?: string;
	/** Absolute URL of an event page, for calendars; default: origin + (/ru)/events/<id>. */
	eventUrl?: (id: string) => string | undefined;
}

export const MIME: Record<DataFormat | 'svg' | 'png', string> = {
	csv: 'text/csv',
	json: 'application/json',
	timelinejs: 'application/json',
	ics: 'text/calendar',
	csl: 'application/vnd.citationstyles.csl+json',
	svg: 'image/svg+xml',
	png: 'image/png'
};

const EXT: Record<DataFormat, string> = { csv: 'csv', json: 'json', timelinejs: 'timelinejs.json', ics: 'ics', csl: 'csl.json' };

export function defaultEventUrl(origin: string | undefined, locale: Locale): ((id: string) => string | undefined) | undefined {
	if (!origin) return undefined;
	const base = origin.replace(/\/+$/, '') + (locale === 'ru' ? '/ru' : '');
	return (id) => `${base}/events/${encodeURIComponent(id)}`;
}

export function dataFile(format: DataFormat, ctx: ExportContext, scope: ExportScope = {}): TextFile {
	const { model, locale } = ctx;
	const name = exportFileName(EXT[format], scope.window);
	const type = MIME[format];
	const base = ctx.origin?.replace(/\/+$/, '');
	switch (format) {
		case 'csv':
			return { name, type, text: eventsToCsv(model, locale, scope) };
		case 'json':
			return {
				name,
				type,
				text: eventsToJson(model, {
					...scope,
					schemaUrl: base ? `${base}/data/timeline.schema.json` : undefined,
					source: base,
					windowLabel: scope.window && { from: isoDay(scope.window[0]), to: isoDay(scope.window[1] - 1) }
				})
			};
		case 'timelinejs':
			return { name, type, text: eventsToTimelineJs(model, locale, scope) };
		case 'ics':
			return {
				name,
				type,
				text: eventsToIcs(model, {
					...scope,
					locale,
					name: ctx.title,
					uidDomain: base ? new URL(base).host : undefined,
					eventUrl: ctx.eventUrl ?? defaultEventUrl(base, locale)
				})
			};
		case 'csl':
			return { name, type, text: eventsToCsl(model, locale, scope) };
	}
}

/** The SVG image of `window` (or the whole range), with its file name. */
export function svgFile(ctx: ExportContext, scope: ExportScope = {}): SvgImage & { name: string } {
	const image = timelineSvg(ctx.model, { ...scope, locale: ctx.locale, title: ctx.title, site: ctx.site, dataUrl: ctx.dataUrl });
	return { ...image, name: exportFileName('svg', scope.window) };
}
