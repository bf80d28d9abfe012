// `npm run test:e2e` step: fails in one line, saying how to get a browser, when none is found.
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';

const path = await findChromium();
if (!path) {
	console.error(HOW_TO_GET_CHROMIUM);
	process.exit(1);
}
