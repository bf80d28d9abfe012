// Vite + Vitest configuration. Paraglide compiles the UI messages (en, ru) into src/lib/paraglide:
// the plugin does it for dev and build; the test scripts run `npm run i18n` (the same compile) first,
// because the plugin's compile in a fresh checkout kept Vitest from exiting for 10 s.
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { siteOriginFrom } from './site.config.js';
import { announcerWithoutInlineStyle } from './tools/announcer-style.js';
import { clientLocaleRuntime } from './tools/client-locale-runtime.js';
import { collectStaticImports, resolveDependencies } from './tools/preload-deps.js';

// The modules every page loads: SvelteKit's client, the parts of Svelte's runtime the timeline pages
// use, Vite's preload helper, the browser's locale runtime (Paraglide's is never in the client
// build: tools/client-locale-runtime.js) and the messages every page shows.
const FRAMEWORK =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|vite[\\/]preload-helper|src[\\/]lib[\\/](i18n[\\/](client-runtime|index)\.ts|paraglide[\\/]messages[\\/](site_title|nav_statement|pr_title|uncertain_about_\w+)\.js)/;
// Parts of Svelte's runtime that / and /embed never use (the pages that do load them on their own).
const NOT_ON_TIMELINE_PAGES = /svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/](elements[\\/]bindings[\\/](input|universal)|blocks[\\/]svelte-element|elements[\\/]transitions)\.js/;
// The data model and its dates, which every page with events uses (the reader, the concordance and
// the event pages as well as the timeline): in the framework chunk, so that those pages do not load
// the timeline's chunk for them (measured: the statement's page 73.9 → 58.8 KB, / 59.3 → 59.4 KB).
const MODEL = /src[\\/]lib[\\/](data[\\/]model|timeline[\\/](time|format-date))\.ts/;
// What / and /embed need to draw the timeline, with the messages it shows (keep this list to the
// modules they load before 'timeline:ready'; what loads later stays in its own chunks).
const TIMELINE = new RegExp(
	[
		/src[\\/]lib[\\/]timeline[\\/](layout|lanes|labels|density|ticks|zoom|navigation)\.ts/,
		/src[\\/]lib[\\/]state[\\/](timeline-view|ready|narrow)/,
		/src[\\/]lib[\\/]components[\\/]timeline[\\/](Timeline|TimelineWithUrl|Plot|TimeAxis|Grid|LaneBands|Marks|Toolbar|ZoomButtons|LaneToggles|Filters|FoldedControls|Overview|Legend)\.svelte/,
		/src[\\/]lib[\\/]paraglide[\\/]messages[\\/]tl_(help|overview|dense_lane|plot_label|legend(_vague|_point|_span|_uncertain)?|visible_range|region|mark_label(_with_text)?|filter_paragraph(_option)?|lane_toggle|controls(_active)?|clear_filters|zoom_in|zoom_out|fit|lanes|today|filter_theme|filter_none)\.js/,
		/node_modules[\\/]d3-(time|array)[\\/]/
	]
		.map((r) => r.source)
		.join('|')
);

export default defineConfig({
	// The site's public origin (PUBLIC_SITE_ORIGIN at build time, see site.config.js), fixed into the
	// code: canonical and hreflang URLs, Open Graph images and oEmbed URLs (src/lib/site.ts).
	define: { __SITE_ORIGIN__: JSON.stringify(siteOriginFrom()) },
	plugins: [
		announcerWithoutInlineStyle(),
		clientLocaleRuntime(),
		collectStaticImports(),
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
				modulePreload: { resolveDependencies },
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
								{ name: 'framework', test: (id: string) => (FRAMEWORK.test(id) && !NOT_ON_TIMELINE_PAGES.test(id)) || MODEL.test(id) },
								{ name: 'timeline', test: TIMELINE }
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
