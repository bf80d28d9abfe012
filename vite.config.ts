// Vite + Vitest configuration. Paraglide compiles the UI messages (en, ru) into src/lib/paraglide:
// the plugin does it for dev and build; the test scripts run `npm run i18n` (the same compile) first,
// because the plugin's compile in a fresh checkout kept Vitest from exiting for 10 s.
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { siteOriginFrom } from './site.config.js';
import { announcerWithoutInlineStyle } from './tools/announcer-style.js';

export default defineConfig({
	// The site's public origin (PUBLIC_SITE_ORIGIN at build time, see site.config.js), fixed into the
	// code: canonical and hreflang URLs, Open Graph images and oEmbed URLs (src/lib/site.ts).
	define: { __SITE_ORIGIN__: JSON.stringify(siteOriginFrom()) },
	plugins: [
		announcerWithoutInlineStyle(),
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						strategy: ['url', 'baseLocale']
					})
				]),
		sveltekit()
	],
	test: {
		environment: 'node',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		expect: { requireAssertions: true }
	}
});
