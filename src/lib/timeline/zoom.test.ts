import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
	centreOn,
	clampWindow,
	fitAll,
	panBy,
	scaleExtentFor,
	transformForWindow,
	windowForTransform,
	zoomAround,
	type Window
} from './zoom';

const U = Date.UTC;
const DAY = 86_400_000;
const EXTENT: Window = [U(1990, 0, 1), U(2030, 0, 1)];
const W = 1200;

/** What d3-zoom's transform.rescaleX(base) computes: base.copy().domain(range.map(t.invertX).map(base.invert)). */
function rescaleDomain(extent: Window, width: number, t: { k: number; x: number }): Window {
	const base = scaleUtc().domain(extent).range([0, width]);
	const d = [0, width].map((px) => (px - t.x) / t.k).map((p) => base.invert(p).getTime());
	return [d[0]!, d[1]!];
}

const close = (actual: Window, expected: Window, tol = 1) => {
	expect(Math.abs(actual[0] - expected[0])).toBeLessThanOrEqual(tol);
	expect(Math.abs(actual[1] - expected[1])).toBeLessThanOrEqual(tol);
};

describe('transformForWindow / windowForTransform', () => {
	it.each<[string, Window]>([
		['the full extent', EXTENT],
		['a decade', [U(2000, 0, 1), U(2010, 0, 1)]],
		['a week', [U(2020, 2, 1), U(2020, 2, 8)]],
		['a window partly outside the extent', [U(1985, 0, 1), U(1995, 0, 1)]]
	])('round-trips %s', (_name, window) => {
		const t = transformForWindow(EXTENT, W, window);
		close(windowForTransform(EXTENT, W, t), window);
		close(rescaleDomain(EXTENT, W, t), window);
	});

	it('gives the identity for the full extent', () => {
		const t = transformForWindow(EXTENT, W, EXTENT);
		expect(t.k).toBeCloseTo(1, 12);
		expect(t.x).toBeCloseTo(0, 9);
	});

	it('gives k = 2 and x = -W/2 for the second half', () => {
		const mid = (EXTENT[0] + EXTENT[1]) / 2;
		const t = transformForWindow(EXTENT, W, [mid, EXTENT[1]]);
		expect(t.k).toBeCloseTo(2, 12);
		expect(t.x).toBeCloseTo(-W, 6);
	});

	it('round-trips transform → window → transform', () => {
		const t = { k: 37.5, x: -12_345 };
		const back = transformForWindow(EXTENT, W, windowForTransform(EXTENT, W, t));
		expect(back.k).toBeCloseTo(t.k, 9);
		expect(back.x).toBeCloseTo(t.x, 6);
	});

	it('returns the identity for a degenerate window', () => {
		expect(transformForWindow(EXTENT, W, [5, 5])).toEqual({ k: 1, x: 0 });
	});
});

describe('scaleExtentFor', () => {
	it('maps the span limits to k limits', () => {
		const span = EXTENT[1] - EXTENT[0];
		expect(scaleExtentFor(EXTENT, { minSpanMs: 7 * DAY, maxSpanMs: 2 * span })).toEqual([0.5, span / (7 * DAY)]);
	});
	it('is consistent with transformForWindow at the limits', () => {
		const [, kMax] = scaleExtentFor(EXTENT, { minSpanMs: 7 * DAY, maxSpanMs: 1e15 });
		expect(transformForWindow(EXTENT, W, [U(2000, 0, 1), U(2000, 0, 8)]).k).toBeCloseTo(kMax, 6);
	});
});

describe('clampWindow', () => {
	const limits = { minSpanMs: 10 * DAY, maxSpanMs: 20 * 365 * DAY };
	it.each<[string, Window, Window]>([
		['keeps a valid window', [U(2000, 0, 1), U(2005, 0, 1)], [U(2000, 0, 1), U(2005, 0, 1)]],
		['widens a too-small window around its centre', [U(2000, 0, 5), U(2000, 0, 7)], [U(2000, 0, 1), U(2000, 0, 11)]],
		['narrows a too-large window around its centre', [U(1990, 0, 1), U(2030, 0, 1)], [U(2010, 0, 1) - 10 * 365 * DAY, U(2010, 0, 1) + 10 * 365 * DAY]],
		['shifts a window that starts before the extent', [U(1980, 0, 1), U(1995, 0, 1)], [U(1990, 0, 1), U(1990, 0, 1) + (U(1995, 0, 1) - U(1980, 0, 1))]],
		['shifts a window that ends after the extent', [U(2025, 0, 1), U(2035, 0, 1)], [U(2030, 0, 1) - (U(2035, 0, 1) - U(2025, 0, 1)), U(2030, 0, 1)]],
		['orders a reversed window', [U(2005, 0, 1), U(2000, 0, 1)], [U(2000, 0, 1), U(2005, 0, 1)]]
	])('%s', (_name, window, expected) => {
		close(clampWindow(EXTENT, window, limits), expected);
	});

	it('allows the padding around the extent', () => {
		const pad = 365 * DAY;
		close(clampWindow(EXTENT, [U(1980, 0, 1), U(1985, 0, 1)], { ...limits, padMs: pad }), [EXTENT[0] - pad, EXTENT[0] - pad + (U(1985, 0, 1) - U(1980, 0, 1))]);
	});

	it('never lets the span exceed the padded extent even if maxSpan is larger', () => {
		const w = clampWindow(EXTENT, [U(1900, 0, 1), U(2100, 0, 1)], { minSpanMs: DAY, maxSpanMs: 1e15, padMs: 0 });
		close(w, EXTENT);
	});
});

describe('zoomAround / panBy / fitAll / centreOn', () => {
	const win: Window = [0, 1000];
	it.each<[number, number, Window]>([
		[2, 500, [250, 750]],
		[2, 0, [0, 500]],
		[2, 1000, [500, 1000]],
		[0.5, 500, [-500, 1500]],
		[4, 200, [150, 400]]
	])('zoomAround(factor %d, centre %d)', (factor, centre, expected) => {
		close(zoomAround(win, factor, centre), expected, 1e-9);
	});

	it('keeps the centre at the same relative position', () => {
		const [a, b] = zoomAround([100, 900], 3.7, 300);
		expect((300 - a) / (b - a)).toBeCloseTo((300 - 100) / 800, 12);
	});

	it('pans by the delta', () => expect(panBy([10, 20], -5)).toEqual([5, 15]));
	it('fits all with 3% padding by default', () => expect(fitAll([0, 1000])).toEqual([-30, 1030]));
	it('fits all with custom padding', () => expect(fitAll([0, 1000], 0)).toEqual([0, 1000]));
	it('pads an empty extent by a day', () => expect(fitAll([5, 5])).toEqual([5 - DAY, 5 + DAY]));
	it('centres on t with the same span', () => expect(centreOn([0, 100], 1000)).toEqual([950, 1050]));
	it('does not mutate its input', () => {
		const w: Window = [0, 10];
		panBy(w, 5);
		zoomAround(w, 2, 5);
		clampWindow([0, 100], w, { minSpanMs: 20, maxSpanMs: 50 });
		expect(w).toEqual([0, 10]);
	});
});
