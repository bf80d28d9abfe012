// The example files in static/examples (served as /examples/…, usable as ?data=/examples/…) import
// without a problem, each in its format, to the same events.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './index';

const read = (name: string) => readFileSync(new URL(`../../../static/examples/${name}`, import.meta.url), 'utf8');

describe('example files', () => {
	const cases = [
		['timeline.json', 'native'],
		['minimal.json', 'minimal'],
		['timelinejs.json', 'timelinejs-json'],
		['timelinejs-sheet.csv', 'timelinejs-csv'],
		['timeline.csv', 'csv']
	] as const;
	const results = cases.map(([name]) => importText(read(name), { name }));

	it.each(cases.map((c, i) => [...c, i] as const))('%s reads as %s without problems', (_name, format, i) => {
		const r = results[i]!;
		expect(r.format).toBe(format);
		expect(r.problems).toEqual([]);
		expect(r.imported).toBe(7);
	});

	it('all give the same dates', () => {
		const dates = results.map((r) => r.timeline!.events.map((e) => e.start).sort());
		for (const d of dates) expect(d).toEqual(dates[0]);
	});
});
