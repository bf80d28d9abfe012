import { describe, expect, it } from 'vitest';
import { joinDate, splitDate, type DatePrecision } from './date-parts';

describe('date parts', () => {
	it.each([
		['2009', 'year'],
		['2009-06', 'month'],
		['2009-06-16', 'day'],
		['2009-06-16T14:30', 'time'],
		['2009-06-16T14:30:05', 'time'],
		['-0044-03-15', 'day'],
		['0033', 'year']
	])('%s splits at %s precision and joins back', (iso, precision) => {
		const p = splitDate(iso);
		expect(p.precision).toBe(precision);
		expect(joinDate(p)).toBe(iso);
	});

	it('changing the precision keeps the parts and fills what is missing', () => {
		const p = splitDate('2009-06-16');
		const at = (precision: DatePrecision) => joinDate({ ...p, precision });
		expect([at('year'), at('month'), at('day'), at('time')]).toEqual(['2009', '2009-06', '2009-06-16', '2009-06-16T00:00']);
		expect(joinDate({ ...splitDate('2009'), precision: 'day' })).toBe('2009-01-01');
	});

	it('keeps what is not a date as it is, for the schema to report', () => {
		expect(joinDate(splitDate('sometime'))).toBe('sometime');
		expect(joinDate({ precision: 'day', year: '2021', month: '2', day: '30', time: '' })).toBe('2021-02-30');
		expect(joinDate({ precision: 'year', year: '', month: '', day: '', time: '' })).toBe('');
	});
});
