// A small static server for build/ that behaves like a real static host: pretty URLs ("/events/x"
// serves events/x.html), gzip for text files (compressed once, kept in memory), long caching for
// /_app/immutable/, and the headers of build/_headers (Netlify's format: "/*" plus exact paths), so
// pages get the full Content-Security-Policy header with frame-ancestors. Used by
// `npm run lighthouse` and by the CSP end-to-end tests; `node tools/serve.js [--port 4180] [--dir build]`
// runs it by hand.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from './site-files.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * The file a URL path maps to, or undefined: "/" -> index.html, "/x" -> x.html or x/index.html.
 * @param {string} dir
 * @param {string} pathname
 */
export function fileFor(dir, pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
	const candidates = safe.endsWith('/') ? [join(safe, 'index.html')] : [safe, `${safe}.html`, join(safe, 'index.html')];
	for (const c of candidates) {
		const full = join(dir, c);
		if (!full.startsWith(dir)) continue;
		if (existsSync(full) && statSync(full).isFile()) return full;
	}
	return undefined;
}

/**
 * Starts the server; resolves to { origin, close }. `port` 0 picks a free one. `headers` false leaves
 * out build/_headers (the pages then carry only their <meta> policy).
 * @param {{ dir?: string, port?: number, host?: string, headers?: boolean }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir = 'build', port = 0, host = '127.0.0.1', headers = true } = {}) {
	const root = resolve(dir);
	const rules = headers && existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : {};
	const gzipped = new Map();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = fileFor(root, url.pathname);
		const extra = { ...(rules['/*'] ?? {}), ...(rules[url.pathname] ?? {}) };
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...extra });
			res.end('Not found');
			return;
		}
		const ext = extname(file);
		/** @type {Record<string, string>} */
		const head = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': url.pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			vary: 'accept-encoding',
			...extra
		};
		let body = readFileSync(file);
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
			body = gzipped.get(file);
			head['content-encoding'] = 'gzip';
		}
		head['content-length'] = String(body.length);
		res.writeHead(200, head);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		origin: `http://${host}:${address.port}`,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : fallback;
	};
	const { origin } = await startServer({ dir: arg('dir', 'build'), port: Number(arg('port', '4180')) });
	console.log(`Serving ${arg('dir', 'build')} at ${origin} (gzip, _headers)`);
}
