// Vite plugin: in the browser build (and the dev server's client), imports of Paraglide's generated
// runtime (src/lib/paraglide/runtime.js, from the compiled messages and our i18n helpers) resolve to
// src/lib/i18n/client-runtime.ts, the few functions this site's two-locale URL scheme needs (about
// 1.2 KB gzip less in every page's first load). The server's build keeps Paraglide's runtime, which
// its middleware needs; client-runtime.test.ts checks that the two agree.
import { fileURLToPath } from 'node:url';

const RUNTIME = /[\\/]src[\\/]lib[\\/]paraglide[\\/]runtime\.js$/;
const LITE = fileURLToPath(new URL('../src/lib/i18n/client-runtime.ts', import.meta.url));

/** @returns {import('vite').Plugin} */
export function clientLocaleRuntime() {
	return {
		name: 'client-locale-runtime',
		enforce: /** @type {const} */ ('pre'),
		applyToEnvironment: (environment) => environment.name === 'client',
		async resolveId(source, importer, options) {
			if (!/runtime(\.js)?$/.test(source)) return;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved && RUNTIME.test(resolved.id) ? LITE : undefined;
		}
	};
}
