import { describe, expect, it } from 'vitest';
import { addScene, captureScene, moveScene, removeScene, scenesOf, updateScene, withScenes } from './scenes';
import { emptyDraft } from './draft';
import { lenient } from '$lib/data/schema';
import * as v from 'valibot';
import { utc } from '$lib/timeline/time';
import { storyScenes } from '$lib/present/scenes';

const tracks = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('captureScene', () => {
	it('records the window in days, hidden lanes, filters and the selected event', () => {
		const s = captureScene(
			{ window: [utc(2009, 6, 1), utc(2010, 1, 1)], hidden: new Set(['b']), paragraph: 'doc#p7', theme: 'norms', selectedId: 'e1', model: { tracks } },
			{ title: 'My scene', caption: { en: 'Words.' } }
		);
		expect(s).toEqual({
			window: { from: '2009-06-01', to: '2009-12-31' },
			tracks: ['a', 'c'],
			paragraph: 'doc#p7',
			theme: 'norms',
			event: 'e1',
			title: 'My scene',
			caption: { en: 'Words.' }
		});
		expect(v.is(lenient.Scene, s)).toBe(true);
	});

	it('leaves out what is at its default, and the scene presents with the same window', () => {
		const w: [number, number] = [utc(1999, 1, 1), utc(2001, 1, 1)];
		const s = captureScene({ window: w, hidden: new Set(), model: { tracks } });
		expect(s).toEqual({ window: { from: '1999-01-01', to: '2000-12-31' } });
		const [scene] = storyScenes({ id: 'x', title: 'x', scenes: [s] });
		expect(scene!.window).toEqual(w);
		expect(scene!.highlight).toEqual([]);
	});
});

describe('scene lists', () => {
	it('add, move, update and remove', () => {
		const a = { window: { from: '2001', to: '2001' } };
		const b = { window: { from: '2002', to: '2002' } };
		const c = { window: { from: '2003', to: '2003' } };
		let list = addScene(addScene(addScene([], a), b), c);
		list = moveScene(list, 2, -1);
		expect(list).toEqual([a, c, b]);
		expect(moveScene(list, 0, -1)).toBe(list);
		list = updateScene(list, 0, (s) => ({ ...s, title: 'A' }));
		expect(list[0]).toEqual({ ...a, title: 'A' });
		expect(removeScene(list, 1)).toEqual([list[0], b]);
	});

	it('live in the first story of the draft, which is made when needed and dropped when empty', () => {
		const d = emptyDraft({ id: 'x', label: 'X' });
		expect(scenesOf(d)).toEqual([]);
		const s = { window: { from: '2001', to: '2001' } };
		const d2 = withScenes(d, [s], 'My timeline');
		expect(d2.stories).toEqual([{ id: 'story', title: 'My timeline', scenes: [s] }]);
		expect(scenesOf(d2)).toEqual([s]);
		expect(withScenes(d2, [], 'x').stories).toBeUndefined();
	});
});
