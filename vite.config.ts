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
	build: {
		rolldownOptions: {
			treeshake: {
				// A component module does nothing when imported but define the component, so one that is
				// imported and never rendered is left out. This keeps what a page renders on the server
				// only ({#if !browser}: the lists for readers without JavaScript) out of its first load.
				moduleSideEffects: (id: string) =>
					/[\\/]src[\\/].*\.svelte$/.test(id) ||
					(/node_modules[\\/]svelte[\\/]src[\\/]/.test(id) && !/[\\/](flags[\\/]|disclose-version)/.test(id))
						? false
						: undefined
			}
		}
	},
	environments: {
		client: {
			build: {
				rolldownOptions: {
					preserveEntrySignatures: 'allow-extension',
					output: {
						// The first load of the timeline pages in few files, which compress better together
						// than apart (measured: about 3 KB gzip less on /): the framework every page loads, and
						// what / and /embed need to draw the timeline (keep this list to the modules they load
						// before 'timeline:ready'; what loads later stays in its own chunks).
						codeSplitting: {
							includeDependenciesRecursively: false,
							groups: [
								{
									name: 'framework',
									test: (id: string) =>
										/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|src[\\/]lib[\\/]paraglide[\\/]runtime|vite[\\/]preload-helper/.test(id) &&
										!/svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/](elements[\\/]bindings[\\/]input|blocks[\\/]svelte-element|elements[\\/]transitions)\.js/.test(id)
								},
								{
									name: 'timeline',
									test: /src[\\/]lib[\\/](timeline[\\/](layout|lanes|labels|density|ticks|time|zoom|format-date|navigation)\.ts|state[\\/](timeline-view|ready|narrow)|data[\\/]model\.ts|components[\\/]timeline[\\/](Timeline|TimelineWithUrl|Plot|TimeAxis|Grid|LaneBands|Marks|Toolbar|ZoomButtons|LaneToggles|Filters|FoldedControls|Overview|Legend)\.svelte)|node_modules[\\/]d3-(time|array)[\\/]/
								}
							]
						}
					}
				}
			}
		}
	},
	test: {
		environment: 'node',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		expect: { requireAssertions: true }
	}
});
