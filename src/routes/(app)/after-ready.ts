// The parts of / that load once the timeline is drawn (+page.svelte), behind one dynamic import:
// the page's first load then names one module to fetch later, instead of carrying the list of every
// file these parts need (that list moves into this module's chunk, fetched after the mark).
export const loadAfterReady = () =>
	Promise.all([
		import('$lib/components/timeline/StatementSide.svelte'),
		import('$lib/components/share/PageActions.svelte'),
		import('$lib/components/events/PrintHandout.svelte'),
		import('$lib/components/timeline/LazySearch.svelte'),
		import('$lib/components/import/OpenData.svelte')
	]);
