// CSL-JSON export: parses back, one item per event, types from kinds, dates at their precision,
// number, authority/publisher, language.
import { describe, expect, it } from 'vitest';
import { cslType, eventsToCsl, type CslItem } from '$lib/export/csl';
import { fixtureModel, MODERN } from './export-fixture';

const model = fixtureModel();
const items = (locale: 'en' | 'ru' = 'en', scope = {}) => JSON.parse(eventsToCsl(model, locale, scope)) as CslItem[];
const item = (id: string, locale: 'en' | 'ru' = 'en') => items(locale).find((i) => i.id === id)!;

/** Types of the CSL 1.0.2 schema that reference managers import. */
const CSL_TYPES = new Set(['legislation', 'report', 'treaty', 'document', 'webpage']);

describe('eventsToCsl', () => {
	it('parses back with one item per event in scope', () => {
		expect(items().map((i) => i.id)).toEqual(model.events.map((e) => e.id));
		expect(items('en', { window: MODERN }).length).toBe(5);
		expect(items('en', { filter: () => false })).toEqual([]);
	});

	it('gives every item an id, a known type, a title, a URL and a language', () => {
		for (const i of items()) {
			expect(CSL_TYPES.has(i.type), i.type).toBe(true);
			expect(i.title.length).toBeGreaterThan(0);
			expect(i.URL).toMatch(/^https:\/\//);
			expect(i.language).toBe('en');
		}
	});

	it.each([
		['resolution', 'legislation'],
		['decision', 'legislation'],
		['report', 'report'],
		['treaty', 'treaty'],
		['entry-into-force', 'treaty'],
		['letter', 'document'],
		['declaration', 'document'],
		['session', 'webpage'],
		['something-new', 'webpage']
	])('maps kind %s to type %s', (kind, type) => {
		expect(cslType(kind)).toBe(type);
	});

	it.each([
		['e1', [[2009, 6, 16]]],
		['e2', [[2011, 9]]],
		['e3', [[2004], [2005]]],
		['e4', [[2021, 5, 10], [2021, 5, 12]]],
		['e6', [[-44]]]
	])('dates %s at its precision', (id, parts) => {
		expect(item(id).issued).toEqual({ 'date-parts': parts });
	});

	it('takes the number from the first symbol and the body from it', () => {
		expect(item('e1')).toMatchObject({ number: 'A/RES/64/1', authority: 'United Nations General Assembly', type: 'legislation' });
		expect(item('e1', 'ru')).toMatchObject({ authority: 'Генеральная Ассамблея ООН', title: 'Резолюция 64/1: раз, два; три', language: 'ru' });
		expect(item('e2')).toMatchObject({ number: 'A/66/359', publisher: 'United Nations' });
		expect(item('e2').authority).toBeUndefined();
		expect(item('e6')).toMatchObject({ publisher: 'Council of Europe' });
		expect(item('e3').number).toBeUndefined();
		expect(item('e3').authority).toBeUndefined();
	});

	it('carries the place, the summary and the uncertainty, naming the field it is about', () => {
		expect(item('e1')['event-place']).toBe('New York');
		expect(item('e1').abstract).toMatch(/^A summary/);
		expect(item('e2').note).toBe('Date not verified: The day is not known.');
		expect(item('e5').note).toBe('Title not verified: The official title is not known.');
		expect(item('e1').note).toBeUndefined();
	});
});
