// Keeps a TimelineView and the page URL in step (browser only; pages are prerendered): applies
// ?event, from, to, tracks, p, theme on load (invalid values are ignored and reported), writes the
// window and filters back with replaceState (debounced), and opens events with pushState so that
// Back closes the panel (one history entry per opened panel: stepping to another event while it is
// open replaces that entry). Parsing and serialising are the pure functions of url-state.ts.
// Shallow routing does not update `page.url`, so the current URL is always read from `location`.
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import type { TimelineView } from './timeline-view.svelte';
import { parseViewParams, serializeViewParams, toQueryString, type IgnoredParam, type ViewParams } from './url-state';

/** Parameters of the page that are not view state and must survive rewrites (?data=, ?q= owners). */
const KEEP = ['data', 'q', 'mode'];

export function knownIds(view: TimelineView) {
	const doc = view.model.documents[0];
	return {
		eventIds: view.model.byId,
		trackIds: view.model.tracks.map((t) => t.id),
		paragraphIds: new Set(doc ? doc.paragraphs.map((p) => p.id) : []),
		themeIds: new Set(view.model.themes.map((t) => t.id))
	};
}

/** Applies the URL's view parameters to the view; returns what was ignored and why. */
export function applyUrl(view: TimelineView, search: URLSearchParams): IgnoredParam[] {
	const { params, ignored } = parseViewParams(search, knownIds(view));
	const doc = view.model.documents[0];
	if (params.tracks) view.hidden = new Set(view.model.tracks.map((t) => t.id).filter((id) => !params.tracks!.includes(id)));
	view.paragraph = params.paragraph && doc ? `${doc.id}#${params.paragraph}` : undefined;
	view.theme = params.theme;
	if (params.from !== undefined && params.to !== undefined) view.setWindow([params.from, params.to]);
	view.select(params.event);
	if (params.event && (params.from === undefined || params.to === undefined)) view.reveal(params.event, true);
	return ignored;
}

/** The view's state as URL parameters (defaults omitted). */
export function viewParams(view: TimelineView, withEvent = true): ViewParams {
	const visible = view.model.tracks.filter((t) => !view.hidden.has(t.id)).map((t) => t.id);
	const full = view.fullWindow;
	// Within a day of the full window (a minute for data with times of day) counts as all of it.
	const near = view.model.hasTimes ? 60_000 : 86_400_000;
	const atFull = Math.abs(view.window[0] - full[0]) < near && Math.abs(view.window[1] - full[1]) < near;
	return {
		event: withEvent ? view.selectedId : undefined,
		from: atFull ? undefined : view.window[0],
		to: atFull ? undefined : view.window[1],
		tracks: visible.length === view.model.tracks.length ? undefined : visible,
		paragraph: view.paragraph?.split('#')[1],
		theme: view.theme
	};
}

/** The current URL with the view's parameters in place of the old ones. */
export function urlFor(view: TimelineView, current: URL, params: ViewParams = viewParams(view)): string {
	const out = serializeViewParams(params, view.model.tracks.map((t) => t.id));
	for (const k of KEEP) {
		const v = current.searchParams.get(k);
		if (v !== null) out.set(k, v);
	}
	const qs = toQueryString(out);
	return current.pathname + (qs ? `?${qs}` : '') + current.hash;
}

/**
 * Starts syncing (call from a component's script in the browser). Returns `open` and `close`
 * for the selection, which use history so that Back closes the panel.
 */
export function syncUrl(view: TimelineView) {
	let timer: ReturnType<typeof setTimeout> | undefined;

	// View -> URL (window, lanes, filters): replaceState, debounced so zooming does not flood history.
	$effect(() => {
		const params = viewParams(view);
		clearTimeout(timer);
		timer = setTimeout(() => {
			const here = new URL(location.href);
			const next = urlFor(view, here, params);
			if (next !== here.pathname + here.search + here.hash) replaceState(next, untrack(() => page.state));
		}, 300);
		return () => clearTimeout(timer);
	});

	// URL -> selection (Back/Forward). Back/Forward over shallow entries set page.state and page.url
	// (to the last real navigation's URL, not the entry's), so they only trigger this; the entry's
	// own URL is in location.
	$effect(() => {
		void page.url;
		void page.state;
		const id = new URL(location.href).searchParams.get('event') ?? undefined;
		untrack(() => {
			if (id !== view.selectedId) view.select(id && view.model.byId.has(id) ? id : undefined);
		});
	});

	return {
		open(id: string) {
			if (id === view.selectedId) return;
			const wasOpen = !!view.selectedId;
			view.select(id);
			view.reveal(id);
			const next = urlFor(view, new URL(location.href));
			if (!wasOpen) pushState(next, { selected: id });
			else replaceState(next, page.state.selected ? { selected: id } : {});
		},
		close() {
			const id = view.selectedId;
			if (page.state.selected) history.back();
			else {
				view.select(undefined);
				replaceState(urlFor(view, new URL(location.href)), {});
			}
			if (id) view.activeId = id;
		}
	};
}
