// The bundled stories validate against the schema and the dataset; broken fixtures fail with every
// error listed, each naming its file, JSON path and reason.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadStories } from './stories';
import { loadDataset } from './dataset';
import { DataError, formatIssues, type Issue } from '$lib/data/validate';
import { sceneWindow } from '$lib/data/story';

const timeline = loadDataset();

describe('bundled stories', () => {
	const load = () => {
		try {
			return loadStories(timeline);
		} catch (e) {
			if (e instanceof DataError) throw new Error(`data/stories is invalid:\n${formatIssues(e.issues)}`);
			throw e;
		}
	};

	it('validates, and the history story tells 1998 to 2026 in 10–15 scenes in time order', () => {
		const stories = load();
		const history = stories.find((s) => s.id === 'history');
		expect(history).toBeDefined();
		const scenes = history!.scenes;
		expect(scenes.length).toBeGreaterThanOrEqual(10);
		expect(scenes.length).toBeLessThanOrEqual(15);
		expect(scenes[0]!.highlight).toContain('un-res-53-70');
		expect(scenes.at(-1)!.highlight).toContain('un-global-mechanism-org');
		const statementScenes = scenes.filter((s) => s.event === 'sco-2020-iis-statement');
		expect(statementScenes.length).toBeGreaterThanOrEqual(2);
	});

	it('writes captions of one to three sentences in both languages', () => {
		for (const s of load().flatMap((st) => st.scenes))
			for (const text of [s.caption.en, s.caption.ru]) {
				const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ0-9«"])/u).length;
				expect(sentences, text).toBeGreaterThanOrEqual(1);
				expect(sentences, text).toBeLessThanOrEqual(3);
			}
	});

	it('gives every scene a forward window', () => {
		for (const s of load().flatMap((st) => st.scenes)) {
			const [a, b] = sceneWindow(s);
			expect(a).toBeLessThan(b);
		}
	});
});

describe('broken stories', () => {
	const dir = resolve('tests/fixtures/broken-stories');
	const issues: Issue[] = (() => {
		try {
			loadStories(timeline, dir);
		} catch (e) {
			if (e instanceof DataError) return e.issues;
			throw e;
		}
		return [];
	})();
	const find = (file: string, path: string) => issues.find((i) => i.file.endsWith(file) && i.path === path);

	it.each([
		['syntax.json', '$', /invalid JSON/],
		['schema.json', '$.scenes[0].window.from', /real date/],
		['schema.json', '$.scenes[1].highlight', /at least one event/],
		['schema.json', '$.scenes[1].caption.ru', /required/],
		['schema.json', '$.scenes[1].extra', /not a known field/],
		['refs.json', '$.id', /file name "refs"/],
		['refs.json', '$.scenes[0].highlight[0]', /unknown event "no-such-event"/],
		['refs.json', '$.scenes[0].highlight[2]', /duplicate event "un-res-53-70"/],
		['refs.json', '$.scenes[1].window.to', /before it starts/],
		['refs.json', '$.scenes[2].event', /outside the scene window/],
		['refs.json', '$.scenes[2].paragraph', /unknown paragraph "sco-2020-iis#p99"/]
	])('reports %s at %s', (file, path, reason) => {
		const issue = find(file, path);
		expect(issue, `${file} ${path} in\n${formatIssues(issues)}`).toBeDefined();
		expect(issue!.message).toMatch(reason);
	});

	it('names a file, a JSON path and a reason in every message', () => {
		expect(issues.length).toBeGreaterThanOrEqual(11);
		for (const i of issues) {
			expect(i.file).toMatch(/tests\/fixtures\/broken-stories\/\w+\.json$/);
			expect(i.path).toMatch(/^\$/);
			expect(i.message.length).toBeGreaterThan(3);
		}
	});
});
