import { describe, expect, it } from 'vitest';
import { parseControls, withControls } from './controls';

describe('?controls=', () => {
	it('reads none, compact and full, and falls back to auto', () => {
		expect(parseControls('none')).toBe('none');
		expect(parseControls('compact')).toBe('compact');
		expect(parseControls(' FULL ')).toBe('full');
		expect(parseControls(null)).toBe('auto');
		expect(parseControls('')).toBe('auto');
		expect(parseControls('toolbar')).toBe('auto');
	});

	it('sets the parameter on an embed URL, keeping the others, and leaves auto out', () => {
		const src = 'https://example.org/embed?event=e1&from=2001-01-01';
		expect(withControls(src, 'none')).toBe('https://example.org/embed?event=e1&from=2001-01-01&controls=none');
		expect(withControls(src + '&controls=full', 'compact')).toBe('https://example.org/embed?event=e1&from=2001-01-01&controls=compact');
		expect(withControls(src + '&controls=full', 'auto')).toBe(src);
	});
});
