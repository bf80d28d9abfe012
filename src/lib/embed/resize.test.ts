import { describe, expect, it } from 'vitest';
import { frameId, heightMessages, iframeSnippet, parsePymParentMessage } from './resize';

describe('height messages', () => {
	it('speaks Pym.js, Datawrapper and AMP with the rounded-up height', () => {
		const [pym, dw, amp] = heightMessages('tl1', 612.2);
		expect(pym).toBe('pymxPYMxtl1xPYMxheightxPYMx613');
		expect(dw).toEqual({ 'datawrapper-height': { tl1: 613 } });
		expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 613 });
	});

	it.each([
		['pymxPYMxabcxPYMxwidthxPYMx640', 'abc'],
		['pymxPYMxabcxPYMxheightxPYMx640', undefined],
		['hello', undefined],
		[{ type: 'width' }, undefined],
		[42, undefined]
	])('recognises only Pym width requests: %j', (msg, expected) => {
		expect(parsePymParentMessage(msg)).toBe(expected);
	});

	it('takes the frame id from childId or embedId, and refuses odd ones', () => {
		expect(frameId(new URLSearchParams('childId=chart-1'))).toBe('chart-1');
		expect(frameId(new URLSearchParams('embedId=x_2'))).toBe('x_2');
		expect(frameId(new URLSearchParams('childId=<script>'))).toBe('iis-timeline');
		expect(frameId(new URLSearchParams(''))).toBe('iis-timeline');
	});
});

describe('iframe snippet', () => {
	const src = 'https://example.org/embed?event=un-res-53-70&from=1998-01-01';
	it('escapes attributes and keeps the view parameters', () => {
		const s = iframeSnippet({ src, title: 'A "quoted" <title>' });
		expect(s).toContain('src="https://example.org/embed?event=un-res-53-70&amp;from=1998-01-01"');
		expect(s).toContain('title="A &quot;quoted&quot; &lt;title>"');
		expect(s).not.toContain('<script');
	});
	it('has a responsive variant that listens for its own height messages', () => {
		const s = iframeSnippet({ src, title: 't', responsive: true });
		const id = /id="([^"]+)"/.exec(s)![1]!;
		expect(s).toContain(`embedId=${id}`);
		expect(s).toContain(`["datawrapper-height"]["${id}"]`);
	});
	it('asks for the chosen controls (?controls=), the default leaving the address as it was', () => {
		for (const responsive of [false, true]) {
			const none = iframeSnippet({ src, title: 't', responsive, controls: 'none' });
			expect(new URL(/src="([^"]+)"/.exec(none)![1]!.replace(/&amp;/g, '&')).searchParams.get('controls')).toBe('none');
			const auto = iframeSnippet({ src, title: 't', responsive });
			expect(auto).not.toContain('controls=');
			expect(auto).toContain('event=un-res-53-70&amp;from=1998-01-01');
		}
	});
});
