import { describe, expect, it } from 'vitest';
import { parseViewParams, serializeViewParams, toQueryString, type KnownIds, type ViewParams } from './url-state';

const U = Date.UTC;
const KNOWN: KnownIds = {
	eventIds: new Set(['sco-2020', 'gge-2015']),
	trackIds: ['un', 'sco', 'brics', 'eu'],
	paragraphIds: new Set(['p1', 'p7']),
	themeIds: new Set(['norms', 'sovereignty'])
};
const parse = (query: string) => parseViewParams(new URLSearchParams(query), KNOWN);

describe('parseViewParams: valid input', () => {
	it.each<[string, ViewParams]>([
		['', {}],
		['event=sco-2020', { event: 'sco-2020' }],
		['from=2009-06-16', { from: U(2009, 5, 16) }],
		['to=2009-06-16', { to: U(2009, 5, 17) }],
		['from=2009&to=2009', { from: U(2009, 0, 1), to: U(2010, 0, 1) }],
		['from=2009-06&to=2009-12', { from: U(2009, 5, 1), to: U(2010, 0, 1) }],
		['tracks=sco,un', { tracks: ['un', 'sco'] }],
		['tracks=un,sco,brics,eu', {}],
		['tracks=sco,sco', { tracks: ['sco'] }],
		['p=p7', { paragraph: 'p7' }],
		['theme=norms', { theme: 'norms' }],
		['q=%D0%BA%D0%B8%D0%B1%D0%B5%D1%80', { q: 'кибер' }],
		['q=&event=', {}],
		['utm_source=x', {}],
		[
			'event=gge-2015&from=2015-01-01&to=2015-12-31&tracks=eu&p=p1&theme=sovereignty&q=norms',
			{ event: 'gge-2015', from: U(2015, 0, 1), to: U(2016, 0, 1), tracks: ['eu'], paragraph: 'p1', theme: 'sovereignty', q: 'norms' }
		]
	])('?%s', (query, expected) => {
		const { params, ignored } = parse(query);
		expect(params).toEqual(expected);
		expect(ignored).toEqual([]);
	});
});

describe('parseViewParams: invalid input is ignored and reported', () => {
	it.each<[string, ViewParams, { param: string; value: string; reason: string }[]]>([
		['event=nope', {}, [{ param: 'event', value: 'nope', reason: 'unknown event id' }]],
		['from=2009-13-01', {}, [{ param: 'from', value: '2009-13-01', reason: 'unparsable date' }]],
		['from=16.06.2009&to=2010', { to: U(2011, 0, 1) }, [{ param: 'from', value: '16.06.2009', reason: 'unparsable date' }]],
		['to=2023-02-29', {}, [{ param: 'to', value: '2023-02-29', reason: 'unparsable date' }]],
		[
			'from=2010&to=2009',
			{},
			[
				{ param: 'from', value: '2010', reason: 'from is not before to' },
				{ param: 'to', value: '2009', reason: 'from is not before to' }
			]
		],
		['tracks=sco,mars', { tracks: ['sco'] }, [{ param: 'tracks', value: 'mars', reason: 'unknown track id' }]],
		[
			'tracks=mars,venus',
			{},
			[
				{ param: 'tracks', value: 'mars', reason: 'unknown track id' },
				{ param: 'tracks', value: 'venus', reason: 'unknown track id' },
				{ param: 'tracks', value: 'mars,venus', reason: 'no known track ids' }
			]
		],
		['tracks=,,', {}, [{ param: 'tracks', value: ',,', reason: 'no known track ids' }]],
		['p=p99', {}, [{ param: 'p', value: 'p99', reason: 'unknown paragraph' }]],
		['theme=cats&event=sco-2020', { event: 'sco-2020' }, [{ param: 'theme', value: 'cats', reason: 'unknown theme' }]]
	])('?%s', (query, expected, ignored) => {
		const result = parse(query);
		expect(result.params).toEqual(expected);
		expect(result.ignored).toEqual(ignored);
	});

	it('truncates q longer than 200 characters and reports it', () => {
		const long = 'я'.repeat(250);
		const { params, ignored } = parse(`q=${encodeURIComponent(long)}`);
		expect(params.q).toBe('я'.repeat(200));
		expect(ignored).toEqual([{ param: 'q', value: long, reason: 'truncated to 200 characters' }]);
	});

	it('does not split surrogate pairs when truncating', () => {
		const { params } = parse(`q=${encodeURIComponent('🔒'.repeat(201))}`);
		expect(Array.from(params.q!)).toHaveLength(200);
		expect(params.q).toBe('🔒'.repeat(200));
	});

	it('never throws on hostile input', () => {
		expect(() => parse('event=%E0%A4%A&from=%00&to=-&tracks=%2C&p&theme=&q=%ZZ')).not.toThrow();
	});
});

describe('serializeViewParams', () => {
	it('writes keys in a stable order regardless of object key order', () => {
		const params: ViewParams = { q: 'x', theme: 'norms', paragraph: 'p7', tracks: ['sco'], to: U(2010, 0, 1), from: U(2009, 0, 1), event: 'sco-2020' };
		expect(toQueryString(serializeViewParams(params, KNOWN.trackIds))).toBe(
			'event=sco-2020&from=2009-01-01&to=2009-12-31&tracks=sco&p=p7&theme=norms&q=x'
		);
	});

	it.each<[string, ViewParams, string]>([
		['omits everything for defaults', {}, ''],
		['omits tracks when all are visible', { tracks: ['eu', 'brics', 'sco', 'un'] }, ''],
		['omits empty tracks', { tracks: [] }, ''],
		['writes tracks in canonical order and drops unknown ids', { tracks: ['eu', 'mars', 'un'] }, 'tracks=un,eu'],
		['writes the inclusive last day for an exclusive end', { to: U(2009, 5, 17) }, 'to=2009-06-16'],
		['rounds a mid-day end up to that day', { to: U(2009, 5, 16, 13) }, 'to=2009-06-16'],
		['rounds a mid-day start down to that day', { from: U(2009, 5, 16, 13) }, 'from=2009-06-16'],
		['encodes the search text', { q: 'a&b c' }, 'q=a%26b+c']
	])('%s', (_name, params, expected) => {
		expect(toQueryString(serializeViewParams(params, KNOWN.trackIds))).toBe(expected);
	});
});

describe('round trip', () => {
	it.each<[string, ViewParams]>([
		['empty', {}],
		['all fields', { event: 'sco-2020', from: U(2019, 2, 1), to: U(2021, 0, 1), tracks: ['un', 'eu'], paragraph: 'p7', theme: 'sovereignty', q: 'кибер, нормы' }],
		['day-aligned window', { from: U(2020, 1, 29), to: U(2020, 2, 1) }],
		['one-day window', { from: U(2009, 5, 16), to: U(2009, 5, 17) }]
	])('params → query → params (%s)', (_name, params) => {
		const query = toQueryString(serializeViewParams(params, KNOWN.trackIds));
		const { params: back, ignored } = parse(query);
		expect(back).toEqual(params);
		expect(ignored).toEqual([]);
	});

	it.each([
		'event=gge-2015&from=2015-01-01&to=2015-12-31&tracks=sco,brics&p=p1&theme=norms&q=x',
		'from=2009-06-16',
		'tracks=eu'
	])('query → params → same query (%s)', (query) => {
		expect(toQueryString(serializeViewParams(parse(query).params, KNOWN.trackIds))).toBe(query);
	});
});

describe('windows of data with times of day', () => {
	it('are written to the minute when shorter than three days, and read back', () => {
		const from = Date.UTC(2009, 5, 16, 14, 30);
		const to = Date.UTC(2009, 5, 16, 16, 0);
		const q = serializeViewParams({ from, to }, []);
		expect(q.get('from')).toBe('2009-06-16T14:30');
		expect(q.get('to')).toBe('2009-06-16T15:59');
		const { params } = parseViewParams(q, { eventIds: new Set(), trackIds: [], paragraphIds: new Set(), themeIds: new Set() });
		expect([params.from, params.to]).toEqual([from, to]);
	});
});
