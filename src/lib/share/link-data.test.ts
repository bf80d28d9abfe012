import { describe, expect, it } from 'vitest';
import { LINK_LIMIT, fragmentData, fromBase64Url, linkWithData, pack, toBase64Url, unpack } from './link-data';
import { rng } from '$lib/timeline/test-rng';

const small = JSON.stringify({
	tracks: [{ id: 'a', label: 'Лента' }],
	events: [{ id: 'e1', track: 'a', start: '2009-06-16', title: 'Один — one ✓' }]
});

describe('base64url', () => {
	it('round-trips every byte value, without + / or =', () => {
		const bytes = new Uint8Array(256 * 3).map((_, i) => i % 256);
		const s = toBase64Url(bytes);
		expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(fromBase64Url(s)).toEqual(bytes);
	});
	it('refuses other characters', () => {
		expect(() => fromBase64Url('ab+/')).toThrow();
		expect(() => fromBase64Url('a b')).toThrow();
	});
});

describe('pack / unpack', () => {
	it('round-trips text in any script', async () => {
		const packed = await pack(small);
		expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await unpack(packed)).toBe(small);
	});
	it('compresses repetitive JSON well', async () => {
		const big = JSON.stringify({ events: Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, start: '2009', title: 'Same title' })) });
		expect((await pack(big)).length).toBeLessThan(big.length / 4);
	});
	it('rejects data that was cut short or altered', async () => {
		const packed = await pack(small.repeat(5));
		await expect(unpack(packed.slice(0, packed.length >> 1))).rejects.toThrow();
		await expect(unpack('%%%')).rejects.toThrow();
	});
});

describe('linkWithData', () => {
	it('puts the data in the fragment of the page, where fragmentData finds it', async () => {
		const r = await linkWithData('https://example.org/embed?event=x', small);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const u = new URL(r.url);
		expect(u.pathname + u.search).toBe('/embed?event=x');
		expect(fragmentData(u.hash)).toBe(r.data);
		expect(await unpack(fragmentData(u.hash)!)).toBe(small);
	});
	it(`refuses past ${LINK_LIMIT} characters and says how big it is`, async () => {
		// Random text does not compress: well past the limit.
		const next = rng(7);
		const noise = Array.from({ length: 12_000 }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('');
		const r = await linkWithData('https://example.org/', JSON.stringify({ noise }));
		expect(r).toMatchObject({ ok: false, limit: LINK_LIMIT });
		expect(!r.ok && r.size).toBeGreaterThan(LINK_LIMIT);
		const under = await linkWithData('https://example.org/', small, 10_000);
		expect(under.ok).toBe(true);
	});
	it('fragmentData reads data among other fragment parameters, and nothing else', () => {
		expect(fragmentData('#data=abc&x=1')).toBe('abc');
		expect(fragmentData('x=1&data=q_-')).toBe('q_-');
		expect(fragmentData('#p7')).toBeUndefined();
		expect(fragmentData('')).toBeUndefined();
	});
});
