// Vite plugin: SvelteKit's generated root component (.svelte-kit/generated/root.svelte) gives its
// route announcer (#svelte-announcer) an inline style attribute, which a strict style-src blocks
// (sveltejs/kit#11993). This removes the attribute before Svelte compiles the file; app.css gives the
// announcer the same visually-hidden styles by its id. Fails the build if the markup changes so
// that an inline style is left in the root component.
/** @returns {import('vite').Plugin} */
export function announcerWithoutInlineStyle() {
	return {
		name: 'announcer-without-inline-style',
		enforce: /** @type {const} */ ('pre'),
		/** @param {string} code @param {string} id */
		transform(code, id) {
			if (!/[\\/]\.svelte-kit[\\/]generated[\\/]root\.svelte$/.test(id.split('?')[0] ?? '')) return;
			const out = code.replace(/(<div id="svelte-announcer"[^>]*?)\s+style="[^"]*"/, '$1');
			if (/\sstyle="/.test(out)) throw new Error(`${id}: an inline style attribute is left; the CSP would block it`);
			return { code: out, map: null };
		}
	};
}
