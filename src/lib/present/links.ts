// The timeline URL query that shows a scene on `/` (used when leaving a presentation).
import type { Scene } from './scenes';
import { isoDay } from '$lib/timeline/time';

export function urlForScene(scene: Scene): string {
	const q = new URLSearchParams();
	if (scene.event) q.set('event', scene.event);
	q.set('from', isoDay(scene.window[0]));
	q.set('to', isoDay(scene.window[1] - 1));
	if (scene.paragraph) q.set('p', scene.paragraph.split('#')[1]!);
	return `?${q}`;
}
