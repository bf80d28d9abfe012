// The byte budget of the first load (issue 9): the JavaScript `/` and `/embed` load before they can
// draw the timeline, computed from the built files by tools/first-load.js (modulepreloads and the
// start script's imports, with their static imports; gzip level 6). Deterministic: no browser, no
// timing. `node tools/first-load.js` lists the files.
//
// Issue 9 asks for at most 60 KB. The build is at about 63 KB (the import, editor and SEO work
// added what they need to every page: see the README); until it gets there, this guards the
// figure from growing: a change that adds to the first load fails here and must be looked at.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { firstLoad } from '../../tools/first-load.js';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
/** The target of issue 9. */
const TARGET = 60 * 1024;
/** Today's ceiling (about 63.4 KB on /, 61.8 KB on /embed, plus a little room). */
const CEILING = 64 * 1024;

for (const page of ['index.html', 'embed.html'])
	test(`the JavaScript ${page} loads before it can draw stays under ${CEILING / 1024} KB gzip (target ${TARGET / 1024} KB)`, () => {
		const { gzip, files } = firstLoad(BUILD, page);
		expect(files.length).toBeGreaterThan(3);
		const list = files.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.file}`).join('\n');
		expect(gzip, `first load of ${page}: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} files:\n${list}`).toBeLessThanOrEqual(CEILING);
	});
