// The shortest query the search answers, apart from the engine (./index.ts and MiniSearch), so that
// the search box can show itself and count letters before the engine has loaded.

/** Queries shorter than this (in letters and digits) find nothing. */
export const MIN_QUERY_LENGTH = 2;
