// The story schema and its referential checks: valid scenes pass; each kind of mistake is reported
// with its JSON path and a reason.
import { describe, expect, it } from 'vitest';
import { Story, checkStory, sceneWindow, storyContext, type StoryData } from './story';
import { check } from './validate';
import { utc } from '$lib/timeline/time';

const ctx = storyContext({
	events: [
		{ id: 'a', start: '2009-06-16' },
		{ id: 'b', start: '2019', end: '2021' }
	],
	documents: [{ id: 'doc', paragraphs: [{ id: 'p1' }, { id: 'p2' }] }]
});

const story = (scenes: unknown[]): unknown => ({
	id: 's',
	title: { en: 'S', ru: 'С' },
	scenes
});
const scene = (over: Record<string, unknown> = {}) => ({
	window: { from: '2009', to: '2021' },
	highlight: ['a', 'b'],
	caption: { en: 'One sentence.', ru: 'Одно предложение.' },
	...over
});

function valid(input: unknown): StoryData {
	const r = check(Story, input, 'x.json');
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.value;
}

describe('sceneWindow', () => {
	it('runs from the start of `from` to the exclusive end of `to`', () => {
		expect(sceneWindow({ window: { from: '2009-06', to: '2009-06-16' } })).toEqual([utc(2009, 6, 1), utc(2009, 6, 17)]);
		expect(sceneWindow({ window: { from: '1998', to: '1998' } })).toEqual([utc(1998), utc(1999)]);
	});
});

describe('Story schema', () => {
	it('accepts a minimal story and optional fields', () => {
		const s = valid(story([scene({ event: 'a', paragraph: 'doc#p1', title: { en: 'T', ru: 'Т' } })]));
		expect(checkStory(s, ctx, 'x.json', 's')).toEqual([]);
	});

	it.each([
		['$.scenes', story([]), /at least one scene/],
		['$.scenes[0].window.from', story([scene({ window: { from: '2009-02-30', to: '2010' } })]), /real date/],
		['$.scenes[0].highlight', story([scene({ highlight: [] })]), /at least one event/],
		['$.scenes[0].caption.ru', story([scene({ caption: { en: 'x' } })]), /required/],
		['$.scenes[0].caption.en', story([scene({ caption: { en: 'x'.repeat(500), ru: 'y' } })]), /at most/],
		['$.scenes[0].paragraph', story([scene({ paragraph: 'p1' })]), /documentId/],
		['$.scenes[0].note', story([scene({ note: 'x' })]), /not a known field/],
		['$.title.en', { id: 's', title: { ru: 'С' }, scenes: [scene()] }, /required/]
	])('reports %s', (path, input, reason) => {
		const r = check(Story, input, 'x.json');
		expect(r.ok).toBe(false);
		const issue = !r.ok ? r.issues.find((i) => i.path === path) : undefined;
		expect(issue, JSON.stringify(r)).toBeDefined();
		expect(issue!.file).toBe('x.json');
		expect(issue!.message).toMatch(reason);
	});
});

describe('checkStory', () => {
	const cases: { name: string; scenes: unknown[]; path: string; reason: RegExp }[] = [
		{ name: 'an unknown highlighted event', scenes: [scene({ highlight: ['zzz'] })], path: '$.scenes[0].highlight[0]', reason: /unknown event "zzz"/ },
		{ name: 'a duplicate highlighted event', scenes: [scene({ highlight: ['a', 'a'] })], path: '$.scenes[0].highlight[1]', reason: /duplicate/ },
		{ name: 'an unknown selected event', scenes: [scene({ event: 'nope' })], path: '$.scenes[0].event', reason: /unknown event "nope"/ },
		{ name: 'a backwards window', scenes: [scene({ window: { from: '2010', to: '2009' } })], path: '$.scenes[0].window.to', reason: /before it starts/ },
		{ name: 'an event outside the window', scenes: [scene({ window: { from: '2010', to: '2018' }, highlight: ['a'] })], path: '$.scenes[0].highlight[0]', reason: /outside the scene window/ },
		{ name: 'a selected event outside the window', scenes: [scene({ window: { from: '2019', to: '2020' }, highlight: ['b'], event: 'a' })], path: '$.scenes[0].event', reason: /outside/ },
		{ name: 'an unknown paragraph', scenes: [scene({ paragraph: 'doc#p9' })], path: '$.scenes[0].paragraph', reason: /unknown paragraph "doc#p9"/ }
	];
	it.each(cases)('reports $name', ({ scenes, path, reason }) => {
		const issues = checkStory(valid(story(scenes)), ctx, 'x.json');
		const issue = issues.find((i) => i.path === path);
		expect(issue, JSON.stringify(issues)).toBeDefined();
		expect(issue!.message).toMatch(reason);
	});

	it('reports an id that differs from the file name', () => {
		const issues = checkStory(valid(story([scene()])), ctx, 'other.json', 'other');
		expect(issues).toEqual([{ file: 'other.json', path: '$.id', message: 'must equal the file name "other"' }]);
	});

	it('accepts an event that only partly overlaps the window', () => {
		const s = valid(story([scene({ window: { from: '2021', to: '2022' }, highlight: ['b'] })]));
		expect(checkStory(s, ctx, 'x.json')).toEqual([]);
	});
});
