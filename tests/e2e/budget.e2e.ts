// The byte budget of the first load (issue 9): the JavaScript `/` loads before it can draw the
// timeline, computed from the built files by tools/first-load.js (modulepreloads and the start
// script's imports, with their static imports; gzip level 6), at most 60 KB. Deterministic: no
// browser, no timing. `node tools/first-load.js` lists the files.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { firstLoad } from '../../tools/first-load.js';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const BUDGET = 60 * 1024;

test('the JavaScript / loads before it can draw is at most 60 KB gzip', () => {
	// Over budget (105 KB) until the phone-first layout work (branch layout) cuts the first load;
	// remove this line once it lands: the test then has to pass.
	test.fail(true, 'the first load of / is over budget until the layout branch lands');
	const { gzip, files } = firstLoad(BUILD, 'index.html');
	expect(files.length).toBeGreaterThan(3);
	const list = files.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.file}`).join('\n');
	expect(gzip, `first load of /: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} files:\n${list}`).toBeLessThanOrEqual(BUDGET);
});
