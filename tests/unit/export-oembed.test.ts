// oEmbed: page <-> file paths for both locales, titles and embed targets per kind of page, the rich
// JSON with an escaped iframe, absolute URLs only from an http(s) origin.
import { describe, expect, it } from 'vitest';
import {
	describePage,
	oembedFor,
	oembedHref,
	oembedPages,
	oembedParam,
	pageOfOembed,
	siteOrigin,
	sitePage,
	type OembedSources
} from '$lib/export/oembed';

const src: OembedSources = {
	siteTitle: { en: 'Site', ru: 'Сайт' },
	events: [{ id: 'e1', title: { en: 'Event "one" <b>', ru: 'Событие' } }],
	documents: [{ id: 'doc', title: { en: 'Doc', ru: 'Док' }, eventId: 'e1' }],
	stories: [
		{
			id: 'history',
			title: { en: 'History', ru: 'История' },
			scenes: [
				{ title: { en: 'First', ru: 'Первая' }, event: 'e1', window: { from: '1998', to: '2000-06' } },
				{ window: { from: '2001', to: '2002' } }
			]
		}
	]
};

describe('oEmbed paths', () => {
	it.each([
		['/', '/oembed/index.json'],
		['/ru', '/oembed/ru.json'],
		['/ru/', '/oembed/ru.json'],
		['/events/e1', '/oembed/events/e1.json'],
		['/ru/events/e1', '/oembed/ru/events/e1.json'],
		['/documents/doc/', '/oembed/documents/doc.json'],
		['/present/history/2', '/oembed/present/history/2.json'],
		['/rue', '/oembed/rue.json']
	])('page %s -> %s', (page, file) => {
		expect(oembedHref(page)).toBe(file);
		const back = pageOfOembed(file.slice('/oembed/'.length))!;
		expect(oembedHref(back.locale === 'ru' ? `/ru${back.path === '/' ? '' : back.path}` : back.path)).toBe(file);
	});

	it('splits locale and path', () => {
		expect(sitePage('/ru/events/e1')).toEqual({ locale: 'ru', path: '/events/e1' });
		expect(sitePage('/ru')).toEqual({ locale: 'ru', path: '/' });
		expect(sitePage('/rue')).toEqual({ locale: 'en', path: '/rue' });
	});

	it.each(['events/e1', 'events/e1.html', '.json', '../x.json', 'a/../b.json'])('rejects the file name %j', (param) => {
		expect(pageOfOembed(param)).toBeUndefined();
	});

	it('lists the home, event and document pages of both locales as prerender entries', () => {
		const params = oembedPages(src).map(oembedParam);
		expect(params).toEqual([
			'index.json',
			'events/e1.json',
			'documents/doc.json',
			'ru.json',
			'ru/events/e1.json',
			'ru/documents/doc.json'
		]);
	});
});

describe('describePage', () => {
	it.each([
		[{ locale: 'en', path: '/' }, 'Site', '/embed'],
		[{ locale: 'en', path: '/events/e1' }, 'Event "one" <b> — Site', '/embed?event=e1'],
		[{ locale: 'ru', path: '/events/e1' }, 'Событие — Сайт', '/embed?event=e1'],
		[{ locale: 'en', path: '/documents/doc' }, 'Doc — Site', '/embed?event=e1'],
		[{ locale: 'en', path: '/present/history' }, 'History: First — Site', '/embed?event=e1&from=1998&to=2000-06'],
		[{ locale: 'ru', path: '/present/history/2' }, 'История — Сайт', '/embed?from=2001&to=2002'],
		[{ locale: 'en', path: '/present/history/9' }, 'Site', '/embed'],
		[{ locale: 'en', path: '/events/unknown' }, 'Site', '/embed'],
		[{ locale: 'en', path: '/somewhere/else' }, 'Site', '/embed']
	] as const)('%j', (page, title, embed) => {
		expect(describePage(page, src)).toEqual({ title, embed });
	});
});

describe('oembedFor', () => {
	it('answers a rich oEmbed 1.0 item with relative URLs when the origin is unknown', () => {
		const o = oembedFor({ locale: 'en', path: '/events/e1' }, src);
		expect(o).toMatchObject({ version: '1.0', type: 'rich', title: 'Event "one" <b> — Site', provider_name: 'Site', provider_url: '/', width: 800, height: 450 });
		expect(o.html).toBe(
			'<iframe src="/embed?event=e1" width="800" height="450" title="Event &quot;one&quot; &lt;b&gt; — Site" loading="lazy" style="border:0;max-width:100%"></iframe>'
		);
	});

	it('uses absolute, localized URLs with an origin', () => {
		const o = oembedFor({ locale: 'ru', path: '/events/e1' }, src, 'https://example.org/');
		expect(o.provider_url).toBe('https://example.org/ru');
		expect(o.html).toContain('src="https://example.org/ru/embed?event=e1"');
		expect(o.provider_name).toBe('Сайт');
	});
});

describe('siteOrigin', () => {
	it.each([
		[undefined, ''],
		['', ''],
		['https://example.org', 'https://example.org'],
		['https://example.org/', 'https://example.org'],
		['https://user.github.io/repo/', 'https://user.github.io/repo'],
		['javascript:alert(1)', ''],
		['not a url', '']
	])('%j -> %j', (raw, expected) => {
		expect(siteOrigin(raw)).toBe(expected);
	});
});
