// Global types for SvelteKit. See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's public origin, fixed at build time (vite.config.ts; read it from $lib/site). */
	const __SITE_ORIGIN__: string;
	namespace App {
		interface PageState {
			/** Event id opened by shallow routing (Back closes the panel). */
			selected?: string;
		}
	}
}

export {};
