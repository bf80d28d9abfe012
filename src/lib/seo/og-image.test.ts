import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { buildModel } from '$lib/data/model';
import { ogFileName, ogImageSvg, ogSubjects, parseOgFileName, wrapWords, OG_HEIGHT, OG_WIDTH } from './og-image';

describe('preview images', () => {
	const model = buildModel(loadDataset());
	it('one for the home page and one per document, with file names that parse back', () => {
		const subjects = ogSubjects(model);
		expect(subjects[0]).toEqual({ kind: 'home' });
		for (const s of subjects)
			for (const l of ['en', 'ru'] as const) expect(parseOgFileName(ogFileName(s, l))).toEqual({ subject: s, locale: l });
		expect(parseOgFileName('../x.en.png')).toBeUndefined();
		expect(parseOgFileName('home.de.png')).toBeUndefined();
	});
	it('draws a 1200×630 card with the title and the timeline', () => {
		const svg = ogImageSvg(model, { kind: 'document', id: 'sco-2020-iis' }, 'ru')!;
		expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"`));
		expect(svg).toContain('Заявление Совета');
		expect(svg.match(/<svg /g)).toHaveLength(2);
		expect(ogImageSvg(model, { kind: 'document', id: 'nope' }, 'en')).toBeUndefined();
	});
	it('wraps a title at spaces into at most two lines, ending a cut one with an ellipsis', () => {
		expect(wrapWords('a bb ccc', 4, 2)).toEqual(['a bb', 'ccc']);
		expect(wrapWords('a bb ccc dd', 4, 2)).toEqual(['a bb', 'ccc…']);
		expect(wrapWords('short', 20, 2)).toEqual(['short']);
	});
});
