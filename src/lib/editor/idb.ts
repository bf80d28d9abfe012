// The editor's store in this browser: one IndexedDB database through idb-keyval (browser only).
import { createStore, delMany, get, setMany, update } from 'idb-keyval';
import type { KV } from './persist';

export const DB_NAME = 'iis-timeline-editor';

export function browserStore(): KV {
	const store = createStore(DB_NAME, 'timelines');
	return {
		get: (key) => get(key, store),
		setMany: (entries) => setMany(entries, store),
		update: (key, f) => update(key, f, store),
		delMany: (keys) => delMany(keys, store)
	};
}
