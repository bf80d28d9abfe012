// Whether the screen is narrow (≤ 40rem, a phone): where the timeline folds its controls into a
// sheet. CSS decides what the server-rendered page shows (the same media query); this follows it
// in the browser, from mount on, so that hydration sees what the server rendered.
import { onMount } from 'svelte';

export const NARROW_QUERY = '(max-width: 40rem)';

/** Call during component initialisation; `current` is false until mounted. */
export function narrowScreen(): { readonly current: boolean } {
	let current = $state(false);
	onMount(() => {
		const mq = matchMedia(NARROW_QUERY);
		const update = () => (current = mq.matches);
		update();
		mq.addEventListener('change', update);
		return () => mq.removeEventListener('change', update);
	});
	return {
		get current() {
			return current;
		}
	};
}
