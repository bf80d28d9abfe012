import { describe, expect, it } from 'vitest';
import { nearestInLane, nextInLane, stepInTime, type Direction, type NavEvent } from './navigation';

// Sorted by time; b and c share t0 = 20 (array order decides).
const EVENTS: NavEvent[] = [
	{ id: 'a', lane: 0, t0: 10 },
	{ id: 'b', lane: 1, t0: 20 },
	{ id: 'c', lane: 0, t0: 20 },
	{ id: 'd', lane: 0, t0: 30 },
	{ id: 'e', lane: 1, t0: 40 },
	{ id: 'f', lane: 0, t0: 50 }
];
const hideD = (e: NavEvent) => e.id !== 'd';
const hideLane1 = (e: NavEvent) => e.lane !== 1;

describe('nextInLane', () => {
	it.each<[string, Direction, ((e: NavEvent) => boolean) | undefined, string | undefined]>([
		['a', 1, undefined, 'c'],
		['c', 1, undefined, 'd'],
		['c', -1, undefined, 'a'],
		['b', 1, undefined, 'e'],
		['e', -1, undefined, 'b'],
		['f', 1, undefined, undefined],
		['a', -1, undefined, undefined],
		['c', 1, hideD, 'f'],
		['f', -1, hideD, 'c'],
		['d', 1, hideD, 'f'],
		['missing', 1, undefined, undefined]
	])('from %s in direction %d → %s', (id, dir, include, expected) => {
		expect(nextInLane(EVENTS, id, dir, include)).toBe(expected);
	});
});

describe('stepInTime', () => {
	it.each<[string, Direction, ((e: NavEvent) => boolean) | undefined, string | undefined]>([
		['a', 1, undefined, 'b'],
		['b', 1, undefined, 'c'],
		['c', -1, undefined, 'b'],
		['f', 1, undefined, undefined],
		['a', -1, undefined, undefined],
		['a', 1, hideLane1, 'c'],
		['c', 1, hideD, 'e'],
		['e', -1, hideLane1, 'd'],
		['missing', -1, undefined, undefined]
	])('from %s in direction %d → %s', (id, dir, include, expected) => {
		expect(stepInTime(EVENTS, id, dir, include)).toBe(expected);
	});
});

describe('nearestInLane', () => {
	it.each<[number, number, ((e: NavEvent) => boolean) | undefined, string | undefined]>([
		[1, 20, undefined, 'b'],
		[1, 31, undefined, 'e'],
		[1, 30, undefined, 'b'], // equidistant between b (20) and e (40): earlier wins
		[0, 20, undefined, 'c'],
		[0, 29, hideD, 'c'],
		[0, 1000, undefined, 'f'],
		[0, -1000, undefined, 'a'],
		[1, 20, hideLane1, undefined],
		[7, 20, undefined, undefined]
	])('lane %d near t=%d → %s', (lane, t, include, expected) => {
		expect(nearestInLane(EVENTS, lane, t, include)).toBe(expected);
	});

	it('returns undefined for no events', () => {
		expect(nearestInLane([], 0, 0)).toBeUndefined();
	});
});
