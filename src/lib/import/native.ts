// Our own JSON (the open-data format of /data/timeline.json) and its minimal form {tracks, events}
// with plain-string texts: every item is handed to assemble() on its own, so one bad event does
// not sink the file. Without `tracks`, lanes are made from the events' track ids.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import type { Gathered, Item } from './assemble';

type Raw = Record<string, unknown>;

/** Our JSON, or its minimal form: an object with `tracks` or with events that have `start`. */
export function isNative(json: unknown): json is Raw {
	if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
	const o = json as Raw;
	if (Array.isArray(o.tracks)) return true;
	const first = Array.isArray(o.events) ? (o.events[0] as Raw | undefined) : undefined;
	return !!first && typeof first === 'object' && 'start' in first && !('start_date' in first);
}

/** Full open data (documents, themes, a schema link) or only the minimal form. */
export function nativeFormat(json: Raw): 'native' | 'minimal' {
	return 'documents' in json || 'themes' in json || '$schema' in json || 'version' in json ? 'native' : 'minimal';
}

export function readNative(json: Raw, locale: Locale): Gathered {
	const o = { locale };
	const problems: Gathered['problems'] = [];
	const items = (key: string): Item[] => {
		const list = json[key];
		if (list === undefined) return [];
		if (!Array.isArray(list)) {
			problems.push({ where: key, reason: m.im_not_list({}, o) });
			return [];
		}
		return list.map((value, i) => ({ where: `${key}[${i}]`, value }));
	};
	const text = (key: 'title' | 'intro') => {
		const t = json[key];
		if (t === undefined) return undefined;
		if (typeof t === 'string' && t.trim()) return t.trim();
		if (t && typeof t === 'object' && !Array.isArray(t)) {
			const { en, ru } = t as Raw;
			if ((typeof en === 'string' && en.trim()) || (typeof ru === 'string' && ru.trim()))
				return { ...(typeof en === 'string' && en.trim() && { en: en.trim() }), ...(typeof ru === 'string' && ru.trim() && { ru: ru.trim() }) };
		}
		problems.push({ where: key, reason: m.im_ignored({ reason: m.im_wrong_type({ expected: 'text, {"en": …, "ru": …}' }, o) }, o) });
		return undefined;
	};
	if (!Array.isArray(json.events)) problems.push({ where: 'events', reason: json.events === undefined ? m.im_required({}, o) : m.im_not_list({}, o) });
	return {
		format: nativeFormat(json),
		title: text('title'),
		intro: text('intro'),
		eras: items('eras'),
		tracks: Array.isArray(json.tracks) ? items('tracks') : undefined,
		themes: items('themes'),
		documents: items('documents'),
		events: Array.isArray(json.events) ? items('events') : [],
		problems
	};
}
