// Height messages an embedded page sends to its parent, in the formats publishing tools already
// listen for: Pym.js ("pymxPYMx<id>xPYMxheightxPYMx<px>"), Datawrapper-style
// ({"datawrapper-height": {"<id>": px}}) and AMP iframes ({sentinel: "amp", type: "embed-size"}).
// Pure: building and recognising messages; the browser side lives in EmbedFrame.svelte.
import type { Controls } from '$lib/components/timeline/Timeline.svelte';
import { withControls } from './controls';

const PYM = 'xPYMx';

/** The messages announcing `height` px, for a frame known to its parent as `id`. */
export function heightMessages(id: string, height: number): unknown[] {
	const h = Math.ceil(height);
	return [
		['pym', id, 'height', String(h)].join(PYM),
		{ 'datawrapper-height': { [id]: h } },
		{ sentinel: 'amp', type: 'embed-size', height: h }
	];
}

/**
 * Recognises a message from a Pym.js parent asking for our height ("width" message).
 * Returns the frame id it names, or undefined for anything else (which is ignored).
 */
export function parsePymParentMessage(data: unknown): string | undefined {
	if (typeof data !== 'string' || !data.startsWith('pym' + PYM)) return undefined;
	const parts = data.split(PYM);
	if (parts.length !== 4 || parts[2] !== 'width') return undefined;
	return parts[1] || undefined;
}

/** The frame id: Pym's `childId` query parameter, else ours (`embedId`), else "iis-timeline". */
export function frameId(search: URLSearchParams): string {
	const id = search.get('childId') ?? search.get('embedId') ?? 'iis-timeline';
	return /^[\w.-]{1,64}$/.test(id) ? id : 'iis-timeline';
}

export interface SnippetOptions {
	/** Absolute URL of the embed page with its view parameters. */
	src: string;
	title: string;
	height?: number;
	/** A responsive variant: fills the width, keeps the height in step via the messages above. */
	responsive?: boolean;
	/** The controls the embed shows (?controls=; default `auto`: compact in narrow frames). */
	controls?: Controls;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> snippet an author pastes into an article. */
export function iframeSnippet({ src: view, title, height = 560, responsive = false, controls = 'auto' }: SnippetOptions): string {
	const src = withControls(view, controls);
	if (!responsive)
		return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
	const id = 'iis-timeline-' + Math.abs(hash(src)).toString(36);
	const url = new URL(src);
	url.searchParams.set('embedId', id);
	return [
		`<iframe id="${id}" src="${attr(url.href)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`,
		`<script>addEventListener("message",function(e){var f=document.getElementById("${id}"),d=e.data,h=d&&d["datawrapper-height"]&&d["datawrapper-height"]["${id}"];if(h&&f&&e.source===f.contentWindow)f.style.height=h+"px"});</script>`
	].join('\n');
}

function hash(s: string): number {
	let h = 0;
	for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
	return h;
}
