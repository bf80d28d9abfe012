// Reads the presentation stories in data/stories/*.json, validates each against the Story schema
// and cross-checks it against the dataset (events, paragraphs, windows). Runs at build time (the
// prerendered presentation and oEmbed routes) and in tests. Any problem throws one DataError that
// lists every issue with its file, JSON path and reason.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Story, checkStory, storyContext, type StoryData } from '$lib/data/story';
import { check, DataError, type Issue } from '$lib/data/validate';
import type { Timeline } from '$lib/data/schema';
import { getDataset } from './dataset';

/** Loads every story in `dir` (default ./data/stories), checked against `timeline`. Sorted by id. */
export function loadStories(timeline: Timeline, dir = resolve('data/stories')): StoryData[] {
	const issues: Issue[] = [];
	const ctx = storyContext(timeline);
	const stories: StoryData[] = [];
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
	for (const f of files) {
		const file = relative(process.cwd(), join(dir, f)) || f;
		let raw: unknown;
		try {
			raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
		} catch (e) {
			const message = e instanceof SyntaxError ? `invalid JSON: ${e.message}` : `cannot read: ${(e as Error).message}`;
			issues.push({ file, path: '$', message });
			continue;
		}
		const r = check(Story, raw, file);
		if (!r.ok) {
			issues.push(...r.issues);
			continue;
		}
		const found = checkStory(r.value, ctx, file, f.replace(/\.json$/, ''));
		if (found.length) issues.push(...found);
		else stories.push(r.value);
	}
	if (issues.length) throw new DataError(issues);
	return stories.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

let cached: StoryData[] | undefined;
/** The bundled stories, loaded once per process. */
export function getStories(): StoryData[] {
	return (cached ??= loadStories(getDataset()));
}

/** One bundled story by id. */
export function getStory(id: string): StoryData | undefined {
	return getStories().find((s) => s.id === id);
}
