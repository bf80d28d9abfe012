// SvelteKit configuration: the whole site is prerendered to static files in build/.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: '200.html', strict: true }),
		prerender: {
			// Every prerendered page is crawled from the roots below; a broken link fails the build.
			entries: ['*', '/ru', '/data/timeline.json', '/data/timeline.schema.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
