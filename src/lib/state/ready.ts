// The 'timeline:ready' contract: a page marks performance 'timeline:ready' two animation frames after
// the first render of its timeline (tests and the bench wait for it). What is not needed to draw the
// timeline (zoom gestures, the overview brush, the reader, search, actions) loads after it, so that
// the first load stays small: `whenReady` resolves once the mark is set. Once the parts that load
// after it (the zoom gestures, the URL syncing) are in place, the page marks 'timeline:interactive'
// (the end-to-end tests wait for it before they drag, wheel or expect history entries).

let resolveReady: () => void = () => {};
const ready = typeof window === 'undefined' ? Promise.resolve() : new Promise<void>((r) => (resolveReady = r));

/**
 * Marks 'timeline:ready' two animation frames after the first render (the bench's contract).
 * Resolves once marked. Marking twice (a second dataset) only adds a mark.
 */
export function markReady(): Promise<void> {
	return new Promise((resolve) =>
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				performance.mark('timeline:ready');
				resolveReady();
				resolve();
			})
		)
	);
}

/** Resolves once the page has marked 'timeline:ready' (at once if it already has). */
export function whenReady(): Promise<void> {
	return ready;
}

const parts = new Set<string>();

/** A part of the page that will load after the mark (call during component initialisation). */
export function expectPart(name: string): void {
	if (typeof window !== 'undefined') parts.add(name);
}

/** That part is in place; when none is left, marks 'timeline:interactive'. */
export function partReady(name: string): void {
	parts.delete(name);
	if (!parts.size) performance.mark('timeline:interactive');
}

