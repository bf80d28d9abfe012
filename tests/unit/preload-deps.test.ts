// The dynamic-import preload lists leave out what the importing chunk has loaded already (its static
// imports, directly or not), and keep everything else.
import { describe, expect, it } from 'vitest';
import { loadedBefore } from '../../tools/preload-deps.js';

const graph = new Map([
	['page.js', ['timeline.js', 'start.js']],
	['timeline.js', ['start.js', 'runtime.js']],
	['start.js', ['runtime.js']],
	['runtime.js', []],
	['lazy.js', ['start.js', 'sheet.js']],
	['sheet.js', []],
	['loop-a.js', ['loop-b.js']],
	['loop-b.js', ['loop-a.js']]
]);

describe('loadedBefore', () => {
	it('follows static imports through other chunks', () => {
		expect([...loadedBefore('page.js', graph)].sort()).toEqual(['runtime.js', 'start.js', 'timeline.js']);
	});
	it('does not count the file itself, or what only a lazy chunk imports', () => {
		const loaded = loadedBefore('timeline.js', graph);
		expect(loaded.has('timeline.js')).toBe(false);
		expect(loaded.has('sheet.js')).toBe(false);
	});
	it('ends on import cycles and unknown files', () => {
		expect([...loadedBefore('loop-a.js', graph)].sort()).toEqual(['loop-a.js', 'loop-b.js']);
		expect(loadedBefore('missing.js', graph).size).toBe(0);
	});
});
