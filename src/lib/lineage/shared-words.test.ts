import { describe, expect, it } from 'vitest';
import { sharedWordRanges, sharedWordSegments } from './shared-words';

/** The marked pieces of a quote, in order. */
const marked = (quote: string, paragraph: string) => sharedWordRanges(quote, paragraph).map(([a, b]) => quote.slice(a, b));

describe('words a quote shares with a paragraph', () => {
	it('marks runs of shared words, the stop words between them included', () => {
		expect(
			marked(
				'Recognizing the use of information and communication technologies for purposes inconsistent with peace',
				'They note the use of information and communication technologies for purposes incompatible with peace.'
			)
		).toEqual(['use of information and communication technologies for purposes', 'peace']);
	});

	it('compares stems, so other endings match (English and Russian), ignoring case and ё', () => {
		expect(marked('Ensuring International Information Security', 'ensure international informational securities')).toEqual([
			'Ensuring International Information Security'
		]);
		expect(
			marked(
				'в области обеспечения международной информационной безопасности',
				'Сотрудничество в области обеспечения международная информационная безопасность.'
			)
		).toEqual(['области обеспечения международной информационной безопасности']);
		expect(marked('Её роль', 'её роли')).toEqual(['роль']);
	});

	it('never marks a stop word on its own, nor at the edges of a run', () => {
		expect(marked('and the of in', 'and the of in')).toEqual([]);
		expect(marked('of the sovereignty of the', 'state sovereignty')).toEqual(['sovereignty']);
		expect(marked('и в сфере', 'и в целом')).toEqual([]);
	});

	it('breaks runs at unshared words and at sentence punctuation, not at commas', () => {
		expect(marked('peace, security and stability', 'peace, security and stability')).toEqual(['peace, security and stability']);
		expect(marked('peace. Security', 'peace and security')).toEqual(['peace', 'Security']);
		expect(marked('peace and lasting security', 'peace and security')).toEqual(['peace', 'security']);
		expect(marked('peace (and security)', 'peace and security')).toEqual(['peace', 'security']);
	});

	it('treats a hyphenated word as shared when one of its parts is', () => {
		expect(marked('ИКТ-среды и сети', 'использование ИКТ')).toEqual(['ИКТ-среды']);
	});

	it('marks nothing when nothing is shared, and copes with empty texts', () => {
		expect(marked('Budapest convention', 'Международная безопасность')).toEqual([]);
		expect(marked('', 'anything')).toEqual([]);
		expect(marked('anything', '')).toEqual([]);
	});

	it('splits the quote into segments that give back the whole text', () => {
		const quote = 'the use of ICTs by States, in particular';
		const segs = sharedWordSegments(quote, 'the use of ICTs by states');
		expect(segs.map((s) => s.text).join('')).toBe(quote);
		expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['use of ICTs by States']);
	});
});
