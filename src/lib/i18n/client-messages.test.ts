// The browser build's compact message modules (tools/client-locale-runtime.js) say what Paraglide's
// compiled modules say: every message is transformed, and gives the same text in English and
// Russian, for the page's locale and for one asked for, with and without inputs.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import * as registry from '$lib/paraglide/registry.js';
import { compactMessage } from '../../../tools/client-locale-runtime.js';
import { message } from './client-runtime';

const DIR = 'src/lib/paraglide/messages';
const files = readdirSync(DIR).filter((f) => f.endsWith('.js') && f !== '_index.js');
const originals = import.meta.glob<Record<string, (inputs?: object, options?: { locale?: string }) => string>>(
	'../paraglide/messages/*.js',
	{ eager: true }
);

// The page's locale: Paraglide's getLocale is overwritten, the client runtime's reads `location`.
let page: 'en' | 'ru' = 'en';
overwriteGetLocale(() => page);
afterAll(() => overwriteGetLocale(() => 'en'));
afterEach(() => vi.unstubAllGlobals());
const onPage = (p: 'en' | 'ru') => {
	page = p;
	vi.stubGlobal('location', new URL(p === 'ru' ? '/ru/concordance' : '/concordance', 'https://example.org'));
};

/** The compact module's message, made with the client runtime's `message`. */
function compiled(code: string, name: string) {
	const body = code.replace(/^import .*$/gm, '').replace(/^export const /m, 'const ').replace(/^export \{.*$/m, '');
	return new Function('message', 'registry', `${body}\nreturn ${name};`)(message, registry) as (inputs?: object, options?: { locale?: string }) => string;
}

// Any input the message reads is named in its text: "<count>", "<title>".
const inputs = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `<${key}>` : undefined) });

describe('compact messages', () => {
	it('finds the messages', () => expect(files.length).toBeGreaterThan(400));
	it.each(files)('%s says the same', (file) => {
		const code = readFileSync(`${DIR}/${file}`, 'utf8');
		const out = compactMessage(code);
		expect(out, 'transformed').toBeDefined();
		const name = file.replace(/\.js$/, '');
		const key = /export \{ \w+ as "([^"]+)" \}/.exec(code)?.[1] ?? name;
		const original = originals[`../paraglide/messages/${file}`]![key]!;
		const compact = compiled(out!, name);
		for (const p of ['en', 'ru'] as const) {
			onPage(p);
			for (const options of [undefined, { locale: 'en' }, { locale: 'ru' }]) {
				expect(compact(inputs, options)).toBe(original(inputs, options));
			}
		}
		expect(compact(undefined, { locale: 'ru' }).length).toBeGreaterThan(0);
	});
});
