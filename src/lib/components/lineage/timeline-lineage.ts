// The timeline's lineage layer, loaded on demand (a dynamic import) once a paragraph is chosen, so
// that none of it is in the first load of / or /embed: the arcs over the lanes, their key under
// the plot, and the same in words for the screen-reader list.
export { default as LineageArcs } from './LineageArcs.svelte';
export { default as LineageLegend } from './LineageLegend.svelte';
export { default as LineageWords } from './LineageWords.svelte';
