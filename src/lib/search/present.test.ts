// Tests for how search hits are shown, against the real bundled data.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { buildModel } from '$lib/data/model';
import { buildSearchIndex, type SearchIndex } from './index';
import { presentEvent, presentParagraph } from './present';

let index: SearchIndex;
beforeAll(() => {
	index = buildSearchIndex(buildModel(loadDataset()));
});

const marks = (segs: { text: string; mark: boolean }[]) => segs.filter((s) => s.mark).map((s) => s.text);

describe('presentEvent', () => {
	it('marks the match in the title in the page language', () => {
		const hit = index.search('Будапештской').events.find((h) => h.id === 'cc-budapest-signature')!;
		const view = presentEvent(hit, 'ru');
		expect(marks(view.primary.segments)).toEqual(['Будапештская']);
		expect(view.primary.lang).toBe('ru');
	});
	it('shows the other-language title when only it matched', () => {
		const hit = index.search('Будапештской').events.find((h) => h.id === 'cc-budapest-signature')!;
		const view = presentEvent(hit, 'en');
		expect(marks(view.primary.segments)).toEqual([]);
		expect(view.secondary?.lang).toBe('ru');
		expect(marks(view.secondary!.segments)).toEqual(['Будапештская']);
	});
	it('shows a matching source label when nothing else matched', () => {
		const hit = index.search('Будапештской').events.find((h) => h.id === 'cc-budapest-adopted')!;
		const view = presentEvent(hit, 'ru');
		expect(view.secondary?.segments.map((s) => s.text).join('')).toContain('Будапештская конвенция');
		expect(marks(view.secondary!.segments)).toContain('Будапештская');
	});
	it('shows the matching symbol under the title', () => {
		const hit = index.search('74/247').events[0]!;
		const view = presentEvent(hit, 'en');
		expect(marks(view.primary.segments)).toEqual(['74/247']);
		expect(marks(view.secondary!.segments)).toEqual(['74/247']);
	});
});

describe('presentParagraph', () => {
	it('shows the gist and a snippet of the text around the match', () => {
		const hit = index.search('Международного союза электросвязи').paragraphs[0]!;
		expect(hit.paragraphId).toBe('p8');
		const view = presentParagraph(hit, 'en');
		expect(view.primary.segments.map((s) => s.text).join('')).toBe(hit.gist!.en);
		expect(view.secondary?.lang).toBe('ru');
		expect(marks(view.secondary!.segments).length).toBeGreaterThan(0);
	});
});
