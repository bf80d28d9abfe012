// A small timeline carried in a link, with no server: the dataset's JSON, deflated
// (CompressionStream 'deflate-raw', built into browsers and Node) and written in base64url, in the
// URL fragment: /#data=… or /embed#data=…. The fragment never reaches a server. Links longer than
// LINK_LIMIT characters of data are refused (some mail clients, chat apps and servers cut long
// URLs): the file is offered instead. Loaded on use only (not in the first load of /).

/** Most characters of compressed data a link may carry ("about 8 KB"). */
export const LINK_LIMIT = 8192;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padded or not) to bytes; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('not base64url');
	const bin = atob(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
	return bytes;
}

/** Compresses a text for a link. */
export async function pack(text: string): Promise<string> {
	return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/** The text of a link's data; throws when it is not data we made (truncated, altered). */
export async function unpack(data: string): Promise<string> {
	const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The `data` of a fragment ("#data=…&…"), if any. */
export function fragmentData(hash: string): string | undefined {
	const h = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!h) return undefined;
	return new URLSearchParams(h).get('data') ?? undefined;
}

export type LinkResult =
	| { ok: true; url: string; data: string; size: number }
	| { ok: false; size: number; limit: number };

/**
 * A link to `page` (an absolute URL, e.g. https://…/ or https://…/embed) that carries the dataset
 * `json`, or the size it would have when it is too big for a link.
 */
export async function linkWithData(page: string, json: string, limit = LINK_LIMIT): Promise<LinkResult> {
	const data = await pack(json);
	if (data.length > limit) return { ok: false, size: data.length, limit };
	const u = new URL(page);
	u.hash = `data=${data}`;
	return { ok: true, url: u.href, data, size: data.length };
}
