// The JavaScript a prerendered page loads before it can draw, computed from the built files (no
// browser, no timing): the modules its HTML preloads (<link rel="modulepreload">) and imports from
// its inline start script, with everything those import statically, each gzipped (node:zlib,
// level 6, as common hosts compress). Dynamic imports (`import(…)`, loaded later or on use) and
// workers are not counted. `node tools/first-load.js [page.html …]` prints the figures.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Relative specifiers of a module's static imports: `import x from "./a.js"`, `import "./b.js"`, `export … from "./c.js"`. */
/** @param {string} code @returns {string[]} */
export function staticImports(code) {
	/** @type {Set<string>} */
	const out = new Set();
	// Statements only: `import(` (dynamic) has a parenthesis after the keyword; strings follow `from` or a bare `import`.
	for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^"'`;]*?\s*from\s*)?["']([^"']+\.js)["']/g)) out.add(m[1] ?? '');
	return [...out];
}

/** The page's entry modules: modulepreload links and the modules its inline scripts import. */
/** @param {string} html @returns {string[]} */
export function entryModules(html) {
	const links = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
	const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
		[...(m[1] ?? '').matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((x) => x[1] ?? '')
	);
	return [...new Set([...links, ...inline])].filter(Boolean);
}

/**
 * Every module the page at `htmlFile` (inside `root`) needs before it can draw, with raw and gzip
 * sizes in bytes, sorted by gzip size.
 * @param {string} root
 * @param {string} htmlFile
 */
export function firstLoad(root, htmlFile) {
	const html = readFileSync(join(root, htmlFile), 'utf8');
	const base = dirname(join(root, htmlFile));
	/** @type {Map<string, { file: string, raw: number, gzip: number }>} */
	const seen = new Map();
	const queue = entryModules(html).map((href) => resolve(href.startsWith('/') ? join(root, href) : join(base, href)));
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (seen.has(file)) continue;
		const code = readFileSync(file);
		seen.set(file, { file: relative(root, file), raw: code.length, gzip: gzipSync(code, { level: 6 }).length });
		for (const spec of staticImports(code.toString('utf8'))) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
	}
	const files = [...seen.values()].sort((a, b) => b.gzip - a.gzip);
	return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'embed.html'];
	for (const page of pages) {
		const r = firstLoad('build', page);
		console.log(`${page}: ${(r.gzip / 1024).toFixed(1)} KB gzip (${(r.raw / 1024).toFixed(1)} KB raw) in ${r.files.length} files`);
		for (const f of r.files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.file}`);
	}
}
