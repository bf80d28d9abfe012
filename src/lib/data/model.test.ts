// buildModel with a cache of event models (the editor's incremental rebuilds) gives the same model
// as a build from scratch, whatever changed: events edited, moved in time, added, removed, reordered.
import { describe, expect, it } from 'vitest';
import { buildModel, type EventModelCache } from './model';
import type { LooseTimeline } from './schema';
import { rng } from '$lib/timeline/test-rng';

type E = { id: string; track: string; start: string; title: string };
const tracks = [
	{ id: 'a', label: 'A' },
	{ id: 'b', label: 'B' }
];
const dataset = (events: E[]) => ({ tracks, events }) as unknown as LooseTimeline;
const shape = (events: E[], cache?: EventModelCache) => {
	const m = buildModel(dataset(events), cache);
	return { order: m.events.map((e) => [e.id, e.index, e.lane, e.t0]), extent: m.extent, ids: [...m.byId.keys()] };
};

describe('buildModel with a cache', () => {
	it('matches a build from scratch through random edits', () => {
		const next = rng(11);
		const year = () => String(1990 + Math.floor(next() * 30));
		let events: E[] = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, track: next() < 0.5 ? 'a' : 'b', start: year(), title: `E${i}` }));
		const cache: EventModelCache = new WeakMap();
		let n = events.length;
		for (let step = 0; step < 60; step++) {
			const i = Math.floor(next() * events.length);
			const r = next();
			events = events.slice();
			if (r < 0.4) events[i] = { ...events[i]!, start: year() };
			else if (r < 0.6) events[i] = { ...events[i]!, title: `edited ${step}` };
			else if (r < 0.75) events.splice(i, 1);
			else if (r < 0.9) events.splice(i, 0, { id: `n${n++}`, track: 'a', start: year(), title: 'new' });
			else events.reverse();
			expect(shape(events, cache)).toEqual(shape(events));
		}
	});

	it('reuses the model of an event that did not change', () => {
		const events: E[] = [
			{ id: 'x', track: 'a', start: '2001', title: 'X' },
			{ id: 'y', track: 'b', start: '2000', title: 'Y' }
		];
		const cache: EventModelCache = new WeakMap();
		const first = buildModel(dataset(events), cache);
		const second = buildModel(dataset([events[0]!, { ...events[1]!, title: 'Y2' }]), cache);
		expect(second.byId.get('x')).toBe(first.byId.get('x'));
		expect(second.byId.get('y')).not.toBe(first.byId.get('y'));
	});
});
