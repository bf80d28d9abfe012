// Global types for SvelteKit. See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** Event id opened by shallow routing (Back closes the panel). */
			selected?: string;
		}
	}
}

export {};
