// SvelteKit configuration: the whole site is prerendered to static files in build/.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives, siteOriginFrom } from './site.config.js';
import { withSiteFiles } from './tools/site-files.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// discloseVersion: no window.__svelte version stamp (a few bytes in every page's first load).
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		// After the pages are written: sitemap.xml, robots.txt and the _headers file (tools/site-files.js).
		adapter: withSiteFiles(adapter({ fallback: '200.html', strict: true }), {
			origin: siteOriginFrom(),
			reportUri: process.env.CSP_REPORT_URI
		}),
		// A strict Content-Security-Policy on every page (a <meta http-equiv> in the static build; see
		// site.config.js). Hash mode: SvelteKit adds the hashes of its own inline scripts.
		csp: { mode: 'hash', directives: cspDirectives() },
		// Each page's CSS inlined in one <style> (SvelteKit adds its hash to style-src): no stylesheet
		// request blocks the first paint (about +2 Lighthouse performance points on a throttled phone).
		inlineStyleThreshold: 40000,
		prerender: {
			// page.url.origin while prerendering is the public origin, so that absolute links to the site
			// (canonical, alternates, oEmbed) are crawled like relative ones.
			origin: siteOriginFrom(),
			// Every prerendered page is crawled from the roots below; a broken link fails the build.
			entries: ['*', '/ru', '/data/timeline.json', '/data/timeline.schema.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
