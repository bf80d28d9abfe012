// iCalendar export: parsed back with ical.js; all-day dates with exclusive ends, precision notes,
// escaping, 75-octet folding, CRLF, deterministic UID/DTSTAMP, event URLs.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, eventsToIcs, foldLine } from '$lib/export/ics';
import { utc } from '$lib/timeline/time';
import { fixtureModel, MODERN } from './export-fixture';

const model = fixtureModel();
const url = (id: string) => `https://example.org/events/${id}`;
const ics = (locale: 'en' | 'ru' = 'en', extra = {}) => eventsToIcs(model, { locale, name: 'Timeline, test', eventUrl: url, ...extra });

function events(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	return new Map(
		cal.getAllSubcomponents('vevent').map((c) => {
			const e = new ICAL.Event(c);
			return [e.uid, { e, c }] as const;
		})
	);
}

describe('eventsToIcs', () => {
	it('parses back with one all-day VEVENT per dated event, skipping years before 1', () => {
		const parsed = events(ics());
		expect([...parsed.keys()].sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => `${id}@iis-timeline`));
		for (const { e } of parsed.values()) {
			expect(e.startDate.isDate).toBe(true);
			expect(e.endDate.isDate).toBe(true);
		}
	});

	it.each([
		['e1', '2009-06-16', '2009-06-17'],
		['e2', '2011-09-01', '2011-10-01'],
		['e3', '2004-01-01', '2006-01-01'],
		['e4', '2021-05-10', '2021-05-13']
	])('writes %s from %s to the exclusive end %s', (id, start, end) => {
		const { e } = events(ics()).get(`${id}@iis-timeline`)!;
		expect(e.startDate.toString()).toBe(start);
		expect(e.endDate.toString()).toBe(end);
	});

	it('says in the description when a date is known only to the month or the year', () => {
		const parsed = events(ics());
		expect(parsed.get('e2@iis-timeline')!.e.description).toContain('known to the month only');
		expect(parsed.get('e3@iis-timeline')!.e.description).toContain('known to the year only');
		expect(parsed.get('e1@iis-timeline')!.e.description).not.toMatch(/known to the/);
		expect(events(ics('ru')).get('e2@iis-timeline')!.e.description).toContain('с точностью до месяца');
	});

	it('says which field is not verified, in the chosen language', () => {
		const en = events(ics('en'));
		expect(en.get('e2@iis-timeline')!.e.description).toContain('\n\nDate not verified: The day is not known.');
		expect(en.get('e5@iis-timeline')!.e.description).toContain('\n\nTitle not verified: The official title is not known.');
		expect(en.get('e1@iis-timeline')!.e.description).not.toMatch(/not verified/);
		expect(events(ics('ru')).get('e2@iis-timeline')!.e.description).toContain('Дата не проверена: День неизвестен.');
	});

	it('round-trips escaped text: commas, semicolons, backslashes, newlines, Cyrillic', () => {
		const { e, c } = events(ics()).get('e1@iis-timeline')!;
		expect(e.summary).toBe('Resolution 64/1: one, two; three');
		expect(e.description).toContain('a backslash \\ and a comma,');
		expect(e.description).toContain('\n\nDocuments: A/RES/64/1, A/64/L.1');
		expect(e.location).toBe('New York');
		expect(c.getFirstPropertyValue('url')).toBe('https://example.org/events/e1');
		const ru = events(ics('ru')).get('e1@iis-timeline')!.e;
		expect(ru.summary).toBe('Резолюция 64/1: раз, два; три');
		expect(ru.description).toContain('кириллица занимает по два октета');
	});

	it('uses CRLF line ends and folds every line at 75 octets without splitting a character', () => {
		const text = ics('ru');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(/[^\r]\n/.test(text)).toBe(false);
		const lines = text.split('\r\n').slice(0, -1);
		expect(lines.some((l) => l.startsWith(' '))).toBe(true);
		for (const l of lines) {
			const bytes = new TextEncoder().encode(l);
			expect(bytes.length).toBeLessThanOrEqual(75);
			expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
		}
	});

	it('is deterministic: the same data gives the same file, with DTSTAMP from the data', () => {
		expect(ics()).toBe(ics());
		const stamp = events(ics()).get('e1@iis-timeline')!.c.getFirstPropertyValue('dtstamp') as ICAL.Time;
		// Latest start in the model: e4, 2021-05-10.
		expect(stamp.toString()).toBe('2021-05-10T00:00:00Z');
		const fixed = events(ics('en', { stamp: utc(2026, 1, 2) })).get('e1@iis-timeline')!.c;
		expect(String(fixed.getFirstPropertyValue('dtstamp'))).toBe('2026-01-02T00:00:00Z');
	});

	it('exports only the scope, and names the calendar', () => {
		const text = ics('en', { window: [utc(2010), utc(2016)] as [number, number] });
		expect([...events(text).keys()].sort()).toEqual(['e2@iis-timeline', 'e5@iis-timeline']);
		expect(text).toContain('X-WR-CALNAME:Timeline\\, test\r\n');
		expect(events(ics('en', { window: MODERN, filter: () => false })).size).toBe(0);
	});

	it('omits the URL when there is no event page, and never writes a non-http URL', () => {
		expect(eventsToIcs(model, { locale: 'en' })).not.toContain('\r\nURL:');
		expect(eventsToIcs(model, { locale: 'en', eventUrl: () => 'javascript:alert(1)' })).not.toContain('URL:');
	});
});

describe('escapeText and foldLine', () => {
	it.each([
		['a,b;c\\d', 'a\\,b\\;c\\\\d'],
		['line\nnext\r\nlast', 'line\\nnext\\nlast'],
		['plain: text', 'plain: text']
	])('escapes %j', (input, expected) => {
		expect(escapeText(input)).toBe(expected);
	});

	it('leaves short lines alone and splits long ones into 75-octet pieces', () => {
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
		const folded = foldLine('X:' + 'я'.repeat(100));
		const parts = folded.split('\r\n');
		expect(parts.length).toBe(3);
		expect(parts.every((p, i) => i === 0 || p.startsWith(' '))).toBe(true);
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe('X:' + 'я'.repeat(100));
	});
});

describe('events with times of day', () => {
	it('are written as floating date-times', async () => {
		const { buildModel } = await import('$lib/data/model');
		const { importText } = await import('$lib/import');
		const data = { tracks: [{ id: 't', label: 'T' }], events: [{ id: 'm', track: 't', start: '2009-06-16T14:30', end: '2009-06-16T16:00', title: 'Meeting' }] };
		const timed = buildModel(importText(JSON.stringify(data)).timeline!);
		const ics = eventsToIcs(timed, { locale: 'en' });
		expect(ics).toContain('DTSTART:20090616T143000\r\n');
		expect(ics).toContain('DTEND:20090616T160100\r\n');
	});
});
