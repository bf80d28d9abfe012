// TimelineJS data -> our timeline. A TimelineJS "slide" (an event of its JSON, or a row of its
// sheet) maps to an event: unique_id -> id, group -> lane (events without one share an "Events"
// lane), start_date/end_date -> dates at the precision given, text.headline -> title,
// text.text -> summary (HTML reduced to text; its http(s) links become sources), media -> a
// source link (never embedded), display_date -> displayDate. The title slide gives the timeline's
// title and intro; eras become shaded periods. background, thumbnails and alt texts are not used.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import type { Gathered, Item } from './assemble';
import { fieldsToIso, fromTimelineJsYear, parseTime, wholeNumber, type DateFields } from './dates';
import { htmlToText, httpUrl, withoutTrailingLinkLines, type Link } from './html';
import { IdPool, isId, slugify } from './ids';
import type { Problem } from './types';

type Raw = Record<string, unknown>;
type O = { locale: Locale };

/** A TimelineJS JSON file: events with start_date, or a title slide / eras. */
export function isTimelineJs(json: unknown): json is Raw {
	if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
	const o = json as Raw;
	if (!Array.isArray(o.events) || Array.isArray(o.tracks)) return false;
	const first = o.events[0] as Raw | undefined;
	if (first && typeof first === 'object' && 'start' in first) return false;
	return (first !== undefined && typeof first === 'object' && first !== null && ('start_date' in first || 'text' in first || 'media' in first)) || 'eras' in o || (typeof o.title === 'object' && o.title !== null);
}

/** How a reader names the fields of a slide, for problems (JSON paths or sheet columns). */
export interface SlideNames {
	date(which: 'start' | 'end', part: keyof DateFields | 'time' | 'date'): string;
	headline: string;
	text: string;
	media: string;
	group: string;
	id: string;
}

export const JSON_NAMES: SlideNames = {
	date: (which, part) => (part === 'date' ? `${which}_date` : `${which}_date.${part}`),
	headline: 'text.headline',
	text: 'text.text',
	media: 'media.url',
	group: 'group',
	id: 'unique_id'
};

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
const str = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
const obj = (x: unknown): Raw => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Raw) : {});

/** Maps slides to our items; one instance per file (ids and lanes are unique across it). */
export class SlideReader {
	readonly ids = new IdPool();
	readonly laneIds = new IdPool();
	readonly lanes = new Map<string, string>();
	readonly trackLabels = new Map<string, string | { en: string; ru: string }>();
	readonly problems: Problem[] = [];
	/** where each id was first used */
	private idAt = new Map<string, string>();
	private o: O;
	private count = 0;

	constructor(locale: Locale) {
		this.o = { locale };
	}

	private problem(where: string, field: string | undefined, reason: string) {
		this.problems.push({ where, ...(field && { field }), reason });
	}

	/** A date object -> ISO string; undefined (and a problem) when it cannot be one. */
	date(d: unknown, which: 'start' | 'end', where: string, names: SlideNames): string | undefined | 'bad' {
		const o = this.o;
		if (d === undefined || d === null || d === '') return undefined;
		if (typeof d !== 'object' || Array.isArray(d)) {
			this.problem(where, names.date(which, 'date'), m.im_left_out({ reason: m.im_wrong_type({ expected: '{"year": …}' }, o) }, o));
			return 'bad';
		}
		const raw = d as Raw;
		const f: DateFields = {};
		for (const part of PARTS) {
			const n = wholeNumber(raw[part]);
			if (n === 'bad') {
				this.problem(where, names.date(which, part), m.im_left_out({ reason: m.im_not_number({ value: str(raw[part]) || JSON.stringify(raw[part]) }, o) }, o));
				return 'bad';
			}
			if (n !== undefined) f[part] = n;
		}
		const time = str(raw.time).trim();
		if (time) {
			const t = parseTime(time);
			if (!t) {
				this.problem(where, names.date(which, 'time'), m.im_left_out({ reason: m.im_time_format({ value: time }, o) }, o));
				return 'bad';
			}
			Object.assign(f, t);
		}
		if (f.year === undefined) {
			if (Object.keys(f).length === 0) return undefined;
			this.problem(where, names.date(which, 'year'), m.im_left_out({ reason: which === 'end' ? m.im_end_without_year({}, o) : m.im_no_start({}, o) }, o));
			return 'bad';
		}
		const r = fieldsToIso({ ...f, year: fromTimelineJsYear(f.year) }, o);
		if ('error' in r) {
			const part = r.error.part === 'time' ? 'time' : r.error.part;
			this.problem(where, names.date(which, raw.time !== undefined && part !== 'year' && part !== 'month' && part !== 'day' ? 'time' : part), m.im_left_out({ reason: r.error.reason }, o));
			return 'bad';
		}
		return r.iso;
	}

	/** The text of HTML, with its links as sources and non-http(s) links listed. */
	private html(html: unknown, where: string, field: string, singleLine = false) {
		const r = htmlToText(str(html), singleLine);
		for (const href of r.dropped) this.problem(where, field, m.im_link_dropped({ value: href.length > 60 ? href.slice(0, 57) + '…' : href }, this.o));
		return r;
	}

	/** A message in both languages (written by name: a computed lookup would bundle every message). */
	private both(message: typeof m.im_untitled) {
		return { en: message({}, { locale: 'en' }), ru: message({}, { locale: 'ru' }) };
	}

	/** The title slide -> title and intro (its links written out under the text). */
	title(slide: unknown, where: string, names: SlideNames): { title?: string; intro?: string } {
		const s = obj(slide);
		const text = obj(s.text);
		const headline = this.html(text.headline, where, names.headline, true).text;
		const body = this.html(text.text, where, names.text);
		const links: Link[] = [...body.links];
		const media = httpUrl(str(obj(s.media).url));
		if (media) links.push({ url: media, text: this.html(obj(s.media).caption, where, names.media, true).text || media });
		const intro = [body.text, ...links.map((l) => (l.text === l.url ? l.url : `${l.text}: ${l.url}`))].filter(Boolean).join('\n');
		return { ...(headline && { title: headline }), ...(intro && { intro }) };
	}

	/** An era -> {start, end, label}, or undefined (listed). */
	era(slide: unknown, where: string, names: SlideNames): Item | undefined {
		const s = obj(slide);
		const start = this.date(s.start_date, 'start', where, names);
		const end = this.date(s.end_date, 'end', where, names);
		if (start === 'bad' || end === 'bad') return undefined;
		if (!start) {
			this.problem(where, names.date('start', 'year'), m.im_ignored({ reason: m.im_no_start({}, this.o) }, this.o));
			return undefined;
		}
		if (!end) {
			this.problem(where, names.date('end', 'year'), m.im_ignored({ reason: m.im_era_needs_end({}, this.o) }, this.o));
			return undefined;
		}
		const label = this.html(obj(s.text).headline, where, names.headline, true).text || `${start} – ${end}`;
		return { where, value: { start, end, label } };
	}

	/** A slide -> an event item, or undefined when its dates cannot be read (listed). */
	event(slide: unknown, where: string, names: SlideNames): Item | undefined {
		const o = this.o;
		if (!slide || typeof slide !== 'object' || Array.isArray(slide)) {
			this.problem(where, undefined, m.im_left_out({ reason: m.im_not_object({}, o) }, o));
			return undefined;
		}
		const s = slide as Raw;
		const start = this.date(s.start_date, 'start', where, names);
		if (start === 'bad') return undefined;
		if (start === undefined) {
			this.problem(where, names.date('start', 'year'), m.im_left_out({ reason: m.im_no_start({}, o) }, o));
			return undefined;
		}
		let end = this.date(s.end_date, 'end', where, names);
		if (end === 'bad') return undefined;
		// TimelineJS drops an end date equal to the start.
		if (end === start) end = undefined;

		const text = obj(s.text);
		const headline = this.html(text.headline, where, names.headline, true);
		const body = this.html(text.text, where, names.text);
		const sources: { url: string; label?: string | { en: string; ru: string } }[] = [];
		const add = (url: string, label: string | { en: string; ru: string } | undefined) => {
			if (!sources.some((x) => x.url === url)) sources.push(label ? { url, label } : { url });
		};
		for (const l of [...headline.links, ...body.links]) add(l.url, l.text !== l.url ? l.text : undefined);
		let summary = withoutTrailingLinkLines(body);
		const media = obj(s.media);
		const mediaUrl = str(media.url).trim();
		if (mediaUrl) {
			const caption = this.html(media.caption, where, names.media, true).text || this.html(media.credit, where, names.media, true).text;
			const url = httpUrl(mediaUrl);
			if (url) add(url, caption || this.both(m.im_media));
			else if (mediaUrl.startsWith('<')) {
				// A quote or an embed code: its text joins the summary, its links the sources.
				const r = this.html(mediaUrl, where, names.media);
				if (r.text) summary = [summary, r.text].filter(Boolean).join('\n\n');
				for (const l of r.links) add(l.url, l.text !== l.url ? l.text : undefined);
				if (!r.text && !r.links.length) this.problem(where, names.media, m.im_ignored({ reason: m.im_not_http({ value: cut(mediaUrl) }, o) }, o));
			} else this.problem(where, names.media, m.im_ignored({ reason: m.im_not_http({ value: cut(mediaUrl) }, o) }, o));
		}
		const display = htmlToText(str(s.display_date) || str(obj(s.start_date).display_date), true).text;
		const title = headline.text || snippet(summary) || display || this.both(m.im_untitled);

		const wanted = str(s.unique_id).trim();
		const base = wanted ? (isId(wanted) ? wanted : slugify(wanted)) : slugify(headline.text);
		const id = this.ids.unique(base || `event-${++this.count}`);
		if (wanted && id !== base) this.problem(where, names.id, m.im_renamed({ id: wanted, first: this.idAt.get(base) ?? '?', to: id }, o));
		this.idAt.set(id, where);

		return {
			where,
			value: {
				id,
				track: this.lane(htmlToText(str(s.group), true).text),
				kind: 'other',
				start,
				...(end && { end }),
				title,
				...(summary && { summary }),
				...(sources.length && { sources }),
				...(display && { displayDate: display })
			}
		};
	}

	/** The lane of a group ("" -> the shared "Events" lane). */
	private lane(group: string): string {
		let id = this.lanes.get(group);
		if (id === undefined) {
			id = this.laneIds.unique(group ? slugify(group) || 'group' : 'events');
			this.lanes.set(group, id);
			this.trackLabels.set(id, group || this.both(m.im_lane_events));
		}
		return id;
	}
}

const cut = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

/** The first words of a text as a title: at most 80 characters, cut at a word. */
function snippet(text: string): string {
	const line = text.split('\n')[0]!.trim();
	if (line.length <= 80) return line;
	const cutAt = line.lastIndexOf(' ', 79);
	return line.slice(0, cutAt > 40 ? cutAt : 79) + '…';
}

/** A TimelineJS JSON file. */
export function readTimelineJs(json: Raw, locale: Locale, progress?: (done: number) => void): Gathered {
	const r = new SlideReader(locale);
	const o = { locale };
	const head = json.title === undefined ? {} : r.title(json.title, 'title', JSON_NAMES);
	const eras = Array.isArray(json.eras) ? json.eras.flatMap((e, i) => r.era(e, `eras[${i}]`, JSON_NAMES) ?? []) : [];
	if (json.eras !== undefined && !Array.isArray(json.eras)) r.problems.push({ where: 'eras', reason: m.im_ignored({ reason: m.im_not_list({}, o) }, o) });
	const list = json.events as unknown[];
	const events = list.flatMap((e, i) => {
		if (progress && i % 1000 === 0) progress(0.05 + (0.25 * i) / list.length);
		return r.event(e, `events[${i}]`, JSON_NAMES) ?? [];
	});
	return {
		format: 'timelinejs-json',
		...head,
		eras,
		trackLabels: r.trackLabels,
		themes: [],
		documents: [],
		events,
		problems: r.problems
	};
}
