import { describe, expect, it } from 'vitest';
import { eventWindow, freeScenes, sceneNumber, storyScenes } from './scenes';
import { buildModel } from '$lib/data/model';
import { loadDataset } from '$lib/server/dataset';
import { loadStories } from '$lib/server/stories';

const timeline = loadDataset();
const model = buildModel(timeline);

describe('scenes', () => {
	it('turns the bundled story into scenes whose windows contain their highlighted events', () => {
		const story = loadStories(timeline)[0]!;
		const scenes = storyScenes(story);
		expect(scenes.length).toBeGreaterThanOrEqual(10);
		expect(scenes.length).toBeLessThanOrEqual(15);
		for (const s of scenes) {
			expect(s.window[1]).toBeGreaterThan(s.window[0]);
			for (const id of s.highlight) {
				const e = model.byId.get(id)!;
				expect(e.t1 > s.window[0] && e.t0 < s.window[1], id).toBe(true);
			}
		}
		expect(scenes.some((s) => s.highlight.includes('sco-2020-iis-statement'))).toBe(true);
	});

	it('makes one free scene per event in time order, following a filter', () => {
		const all = freeScenes(model);
		expect(all).toHaveLength(model.events.length);
		expect(all[0]!.event).toBe(model.events[0]!.id);
		const p7 = freeScenes(model, (e) => e.paragraphs.some((p) => p.ref === 'sco-2020-iis#p7'));
		expect(p7.length).toBeGreaterThan(0);
		expect(p7.length).toBeLessThan(all.length);
	});

	it('gives every event at least a year of context on each side', () => {
		const [a, b] = eventWindow({ t0: 0, t1: 86_400_000 });
		expect(-a).toBeGreaterThanOrEqual(365 * 86_400_000);
		expect(b).toBeGreaterThan(365 * 86_400_000);
	});

	it.each([
		['3', 10, 3],
		['0', 10, 1],
		['99', 10, 10],
		['abc', 10, 1],
		[null, 10, 1]
	])('reads scene number %s of %i as %i', (raw, count, expected) => {
		expect(sceneNumber(raw, count)).toBe(expected);
	});
});
