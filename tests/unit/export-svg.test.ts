// SVG export: well-formed, self-contained XML drawn from the data — title, axis, lanes, marks,
// legend, source line — with every text escaped, deterministic output, and density for crowded lanes.
import { describe, expect, it } from 'vitest';
import { timelineSvg } from '$lib/export/svg';
import { LANE_COLOURS, esc, clip } from '$lib/export/svg-theme';
import { importText } from '$lib/import';
import { buildModel } from '$lib/data/model';
import { utc } from '$lib/timeline/time';
import { fixtureModel, MODERN, wellFormed } from './export-fixture';

const model = fixtureModel();
const draw = (over = {}) => timelineSvg(model, { locale: 'en', title: 'My <timeline> & "friends"', site: 'Example, https://example.org', ...over });

describe('timelineSvg', () => {
	it('is well-formed, sized and self-contained', () => {
		const { svg, width, height } = draw();
		const { tags } = wellFormed(svg);
		expect(tags[0]).toBe('svg');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="\d+" viewBox="0 0 1200 \d+"/);
		expect(width).toBe(1200);
		expect(height).toBeGreaterThan(200);
		expect(svg).toContain(`viewBox="0 0 1200 ${height}"`);
		for (const t of tags) expect(['image', 'use', 'foreignObject', 'script', 'style', 'a']).not.toContain(t);
		// No reference outside the file: every url() points at a local id.
		for (const ref of svg.match(/url\(([^)]*)\)/g)!) {
			expect(ref).toMatch(/^url\(#[\w-]+\)$/);
			expect(svg).toContain(`id="${ref.slice(5, -1)}"`);
		}
		expect(svg).not.toMatch(/href=/);
	});

	it('escapes every text: title, track labels, event titles', () => {
		const { svg } = draw();
		expect(svg).toContain('<title id="svg-title">My &lt;timeline&gt; &amp; &quot;friends&quot;</title>');
		expect(svg).toContain(esc('TRACK "B", WITH <TAGS> & COMMAS'));
		expect(svg).not.toContain('<tags>');
		expect(svg).not.toContain('<session>');
	});

	it('draws a band per track with its label and colour, an axis, a legend and a source line', () => {
		const { svg } = draw({ window: MODERN });
		expect(svg).toContain('>TRACK A</text>');
		expect(svg).toContain(`>${esc('TRACK "B", WITH <TAGS> & COMMAS')}</text>`);
		expect(svg).toMatch(new RegExp(`<circle [^>]*fill="${LANE_COLOURS[0]}"[^>]*/><text [^>]*>TRACK A<`));
		for (const year of ['2000', '2010', '2020']) expect(svg).toContain(`>${year}</text>`);
		expect(svg).toContain('>Event on a known day</text>');
		expect(svg).toContain('>Session or process</text>');
		expect(svg).toContain('>Date known to the month or year</text>');
		expect(svg).toContain('>Date not verified</text>');
		expect(svg).toContain('Source: Example, https://example.org — data: /data/timeline.json');
		expect(svg).toContain('>2000 – 2029</text>');
	});

	it('draws the events of the window only, with a tooltip each', () => {
		const tips = (svg: string) => [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
		const all = tips(draw().svg);
		expect(all.length).toBe(6);
		const view = tips(draw({ window: [utc(2009), utc(2012)] }).svg);
		expect(view).toEqual(['Resolution 64/1: one, two; three (16 June 2009)', 'A letter (September 2011; date not verified)']);
	});

	it('draws points per lane shape, spans as tinted bars, vague dates hatched, unverified dates dashed, the featured event as a star', () => {
		const { svg } = draw({ window: MODERN });
		const first = (title: string) => new RegExp(`<g><title>${title}[^<]*</title>(<[^>]*>)`).exec(svg)![1]!;
		// e2: month precision, date not verified -> hatched bar with a dashed border.
		expect(first('A letter')).toMatch(/^<rect [^>]*fill="url\(#hatch-0\)"[^>]*stroke-dasharray="4 2"/);
		// e3: a span of years -> tinted bar with a solid border.
		expect(first('A process')).toMatch(/^<rect [^>]*fill-opacity="0.3" stroke="#b35c00" stroke-width="2"\/>$/);
		// e5: a day in lane 1 -> square glyph; its title is not verified, its date is: no dashes.
		expect(first('=HYPERLINK')).toMatch(/^<rect [^>]*width="12" height="12"/);
		const e5 = /<g><title>=HYPERLINK[^<]*<\/title>(.*?)<\/g>/.exec(svg)![0];
		expect(e5).toContain('; title not verified)</title>');
		expect(e5).not.toContain('stroke-dasharray');
		// e1: the document's event -> star in the accent colour.
		expect(first('Resolution')).toMatch(/^<path d="M[^"]*Z" fill="#7a2e8e"\/>$/);
		expect(svg).toContain('<pattern id="hatch-0"');
	});

	it('writes labels inside wide bars, right of marks, or left of them near the right edge', () => {
		const wide = draw({ window: [utc(2003, 6), utc(2006, 6)] }).svg;
		expect(wide).toMatch(/<text x="[\d.]+" y="[\d.]+" fill="#1b1f24" font-weight="600">A process<\/text>/);
		const right = draw({ window: [utc(2014), utc(2020)] }).svg;
		expect(right).toMatch(/<text x="[\d.]+" y="[\d.]+" fill="#1b1f24" stroke=[^>]*>=HYPERLINK\(&quot;x&quot;\)<\/text>/);
		const left = draw({ window: [utc(2010), utc(2015, 2)] }).svg;
		expect(left).toMatch(/<text x="[\d.]+" text-anchor="end" [^>]*>=HYPERLINK\(&quot;x&quot;\)<\/text>/);
	});

	it('applies the filter and can limit the lanes', () => {
		const { svg } = draw({ filter: (e: { track: string }) => e.track === 'b' });
		expect(svg).not.toContain('>TRACK A</text>');
		const only = draw({ tracks: ['a'] }).svg;
		expect(only).not.toContain(esc('TRACK "B"'));
	});

	it('writes Russian labels, ticks and credits for the ru locale', () => {
		const { svg } = draw({ locale: 'ru', window: [utc(2011, 6), utc(2011, 12)] });
		expect(svg).toContain('>ДОРОЖКА А</text>');
		expect(svg).toContain('Источник: Example');
		expect(svg).toContain('>Событие с точной датой</text>');
		expect(svg).toMatch(/>\d{1,2} сент\.<\/text>/);
		expect(svg).toContain('lang="ru"');
	});

	it('is deterministic', () => {
		expect(draw().svg).toBe(draw().svg);
	});

	it('draws a crowded lane as density bars', () => {
		const events = Array.from({ length: 400 }, (_, i) => ({
			id: `x${i}`,
			track: 't',
			start: `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
			title: `Event ${i}`
		}));
		const crowded = importText(JSON.stringify({ tracks: [{ id: 't', label: 'T' }], events }));
		if (!crowded.timeline) throw new Error('fixture');
		const { svg } = timelineSvg(buildModel(crowded.timeline), { locale: 'en', title: 'Crowded', site: 'S' });
		wellFormed(svg);
		expect(svg).toContain('>Many events (density)</text>');
		expect(svg).toContain('opacity="0.75"');
		expect(svg).not.toContain('<g><title>');
	});
});

describe('clip', () => {
	it('shortens long labels with an ellipsis and keeps short ones', () => {
		expect(clip('short')).toBe('short');
		const long = clip('x'.repeat(100));
		expect(Array.from(long).length).toBe(60);
		expect(long.endsWith('…')).toBe(true);
	});
});
