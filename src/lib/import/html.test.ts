import { describe, expect, it } from 'vitest';
import { htmlToText, httpUrl } from './html';

describe('htmlToText', () => {
	it('keeps the text and the http(s) links, and drops everything that could run', () => {
		const html = `<p>Hello <b>world</b><script>alert(1)</script><style>p{color:red}</style></p>
			<img src=x onerror="alert(2)"><svg onload="alert(3)"><text>svg text</text></svg>
			<a href="javascript:alert(4)">js link</a> <a href="data:text/html,<script>alert(5)</script>">data link</a>
			<a href=" https://example.org/a?b=1&amp;c=2 " onclick="alert(6)">real link</a> <a href="/relative">rel</a>
			<iframe src="https://evil.example/"></iframe><a>no href</a>`;
		const r = htmlToText(html);
		expect(r.text).toBe('Hello world\n\njs link data link real link rel no href');
		expect(r.links).toEqual([{ url: 'https://example.org/a?b=1&c=2', text: 'real link' }]);
		expect(r.dropped).toEqual(['javascript:alert(4)', 'data:text/html,<script>alert(5)</script>', '/relative']);
	});

	it('breaks lines at blocks and <br>, and lists items', () => {
		expect(htmlToText('<p>One</p><p>Two<br>three</p><ul><li>a</li><li>b</li></ul>').text).toBe('One\n\nTwo\nthree\n\n• a\n• b');
	});

	it('keeps the line breaks of text without tags, and decodes entities', () => {
		expect(htmlToText('Line one\n  Line   two').text).toBe('Line one\nLine two');
		expect(htmlToText('Tom &amp; Jerry &lt;3 a < b').text).toBe('Tom & Jerry <3 a < b');
	});

	it('joins everything into one line for headlines', () => {
		expect(htmlToText('<h1>A</h1><p>B</p>', true).text).toBe('A B');
	});

	it('survives broken markup', () => {
		expect(htmlToText('<p>unclosed <b>bold <script>x').text).toBe('unclosed bold');
		expect(htmlToText('<<>>&&;;').text).toBe('<<>>&&;;');
	});
});

describe('httpUrl', () => {
	it.each([
		['https://x.org', 'https://x.org/'],
		['HTTP://X.ORG/a', 'http://x.org/a'],
		['javascript:alert(1)', undefined],
		['data:text/html,x', undefined],
		['//x.org', undefined],
		['https://', undefined],
		['ftp://x.org', undefined]
	])('%s -> %s', (raw, url) => {
		expect(httpUrl(raw)).toBe(url);
	});
});
