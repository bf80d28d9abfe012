// Tests for marking matched words and cutting snippets.
import { describe, expect, it } from 'vitest';
import { highlightMatches, matchRanges, snippet } from './highlight';
import { stem } from './text';

const marked = (segs: { text: string; mark: boolean }[]) => segs.filter((s) => s.mark).map((s) => s.text);

describe('highlightMatches', () => {
	it('marks words whose stem matched, in any case and ending', () => {
		const text = 'Будапештская конвенция и Будапештской конвенции';
		expect(marked(highlightMatches(text, [stem('будапештская')]))).toEqual(['Будапештская', 'Будапештской']);
	});
	it('marks only the matching tail of a symbol', () => {
		const text = 'Resolution A/RES/74/247 adopted';
		expect(marked(highlightMatches(text, ['74/247']))).toEqual(['74/247']);
	});
	it('marks a whole symbol when it matched whole', () => {
		expect(marked(highlightMatches('A/RES/74/247', ['a/res/74/247']))).toEqual(['A/RES/74/247']);
	});
	it('marks a matching part of a hyphenated word', () => {
		expect(matchRanges('ИКТ-преступность', [stem('преступность')])).toEqual([[4, 16]]);
	});
	it('keeps the text intact', () => {
		const text = 'The Budapest Convention, opened in Budapest.';
		expect(highlightMatches(text, ['budapest']).map((s) => s.text).join('')).toBe(text);
	});
	it('marks nothing without terms', () => {
		expect(highlightMatches('abc', [])).toEqual([{ text: 'abc', mark: false }]);
	});
});

describe('snippet', () => {
	const long = `${'word '.repeat(60)}needle ${'more '.repeat(60)}`.trim();
	it('cuts around the first match at word boundaries, with ellipses', () => {
		const segs = snippet(long, ['needle'], 60);
		const text = segs.map((s) => s.text).join('');
		expect(text.startsWith('… word')).toBe(true);
		expect(text.endsWith('more …')).toBe(true);
		expect(marked(segs)).toEqual(['needle']);
		expect(text.length).toBeLessThan(80);
	});
	it('returns a short text whole', () => {
		expect(snippet('short needle', ['needle']).map((s) => s.text).join('')).toBe('short needle');
	});
});
