// An event's uncertainty names the field it is about: strict data must say which; imported data may
// give a plain string or {en, ru}, which means "other"; the JSON Schema lists the allowed fields.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { lenient, strict, UNCERTAIN_ABOUT } from './schema';
import { buildModel, isUncertain, toUncertainty } from './model';
import { timelineJsonSchema } from './json-schema';

const event = (uncertain: unknown) => ({
	id: 'e',
	track: 't',
	kind: 'other',
	start: '2001',
	title: { en: 'E', ru: 'Е' },
	summary: { en: 'S', ru: 'С' },
	sources: [{ url: 'https://example.org' }],
	uncertain
});
const issuesOf = (schema: v.GenericSchema, x: unknown) => {
	const r = v.safeParse(schema, x);
	return r.success ? [] : r.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`);
};

describe('strict uncertainty', () => {
	it.each(UNCERTAIN_ABOUT)('accepts about "%s" with both languages', (about) => {
		expect(issuesOf(strict.Event, event({ about, en: 'x', ru: 'х' }))).toEqual([]);
	});
	it('needs about, a known field and both languages', () => {
		expect(issuesOf(strict.Event, event({ en: 'x', ru: 'х' })).join()).toMatch(/uncertain\.about/);
		expect(issuesOf(strict.Event, event({ about: 'day', en: 'x', ru: 'х' })).join()).toMatch(/uncertain\.about: must be one of date, title/);
		expect(issuesOf(strict.Event, event({ about: 'date', en: 'x' })).join()).toMatch(/uncertain\.ru/);
		expect(issuesOf(strict.Event, event('plain text')).length).toBeGreaterThan(0);
	});
});

describe('imported uncertainty', () => {
	it.each([
		['a plain string', 'Not sure', { about: 'other', en: 'Not sure', ru: 'Not sure' }],
		['{en, ru}', { en: 'x', ru: 'х' }, { about: 'other', en: 'x', ru: 'х' }],
		['{en} only', { en: 'x' }, { about: 'other', en: 'x', ru: 'x' }],
		['{about, en, ru}', { about: 'vote', en: 'x', ru: 'х' }, { about: 'vote', en: 'x', ru: 'х' }]
	])('accepts %s', (_, given, expected) => {
		const data = { tracks: [{ id: 't', label: 'T' }], events: [event(given)] };
		expect(issuesOf(lenient.Timeline, data)).toEqual([]);
		const model = buildModel(v.parse(lenient.Timeline, data));
		expect(model.events[0]!.uncertain).toEqual(expected);
	});
	it('rejects an unknown field and an empty note', () => {
		expect(issuesOf(lenient.Event, event({ about: 'mood', en: 'x' })).length).toBeGreaterThan(0);
		expect(issuesOf(lenient.Event, event({ about: 'date' })).length).toBeGreaterThan(0);
	});
	it('tells which field an event is uncertain about', () => {
		const e = { uncertain: toUncertainty({ about: 'date', en: 'x' }) };
		expect(isUncertain(e, 'date')).toBe(true);
		expect(isUncertain(e, 'title')).toBe(false);
		expect(isUncertain({}, 'date')).toBe(false);
		expect(toUncertainty(undefined)).toBeUndefined();
	});
});

describe('JSON Schema', () => {
	it('lists the fields an uncertainty may be about, and requires one', () => {
		const text = JSON.stringify(timelineJsonSchema());
		const m = /"uncertain":\{[^]*?"required":\[([^\]]*)\]/.exec(text);
		expect(m?.[1]).toContain('"about"');
		expect(text).toContain(JSON.stringify([...UNCERTAIN_ABOUT]));
	});
});
