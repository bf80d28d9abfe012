// Vite plugin and modulePreload option: a dynamic import's list of files to preload (the
// `__vite__mapDeps` table Vite writes into the importing chunk) leaves out the files the importing
// chunk imports statically, directly or not: they were loaded before its code ran, so the browser
// would skip them anyway. Fewer bytes in every page's first load, the same requests at run time.
/** @typedef {import('vite').Plugin} Plugin */

/** @type {Map<string, string[]>} chunk file name -> its static imports, for the client build */
const staticImports = new Map();

/** @returns {Plugin} */
export function collectStaticImports() {
	return {
		name: 'collect-static-imports',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			order: /** @type {const} */ ('pre'),
			handler(_options, bundle) {
				staticImports.clear();
				for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk') staticImports.set(file, chunk.imports);
			}
		}
	};
}

/**
 * Every file `file` imports statically, directly or through others.
 * @param {string} file @param {Map<string, string[]>} [imports]
 */
export function loadedBefore(file, imports = staticImports) {
	/** @type {Set<string>} */
	const seen = new Set();
	const queue = [...(imports.get(file) ?? [])];
	for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
		if (seen.has(f)) continue;
		seen.add(f);
		queue.push(...(imports.get(f) ?? []));
	}
	return seen;
}

/**
 * `build.modulePreload.resolveDependencies`: the JavaScript files to preload with a dynamic import
 * of `_file` from `hostId`, without those `hostId` has loaded already. (Vite adds the CSS files.)
 * @param {string} _file @param {string[]} deps @param {{ hostId: string }} context
 */
export function resolveDependencies(_file, deps, { hostId }) {
	if (!staticImports.has(hostId)) return deps;
	const loaded = loadedBefore(hostId);
	return deps.filter((d) => !loaded.has(d));
}
