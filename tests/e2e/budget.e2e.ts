// The byte budget of the first load (issue 9): the JavaScript `/` and `/embed` load before they can
// draw the timeline, computed from the built files by tools/first-load.js (modulepreloads and the
// start script's imports, with their static imports; gzip level 6). Deterministic: no browser, no
// timing. `node tools/first-load.js` lists the files.
//
// Issue 9 asks for at most 60 KB on /; /ru and /embed are held to the same. The build is at about
// 59.4 KB (see the README): a change that adds to the first load fails here and must be looked at.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { firstLoad } from '../../tools/first-load.js';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
/** The budget of issue 9. */
const BUDGET = 60 * 1024;

for (const page of ['index.html', 'ru.html', 'embed.html'])
	test(`the JavaScript ${page} loads before it can draw is at most ${BUDGET / 1024} KB gzip`, () => {
		const { gzip, files } = firstLoad(BUILD, page);
		expect(files.length).toBeGreaterThan(3);
		const list = files.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.file}`).join('\n');
		expect(gzip, `first load of ${page}: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} files:\n${list}`).toBeLessThanOrEqual(BUDGET);
	});
