import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
	it('makes http(s) addresses links and leaves the rest text', () => {
		expect(linkify('About: https://example.org/a. And javascript:alert(1) or data:x.')).toEqual([
			{ text: 'About: ' },
			{ text: 'https://example.org/a', url: 'https://example.org/a' },
			{ text: '. And javascript:alert(1) or data:x.' }
		]);
	});
	it('keeps text without addresses whole', () => {
		expect(linkify('plain')).toEqual([{ text: 'plain' }]);
		expect(linkify('')).toEqual([]);
	});
});
