// Ids for imported items: TimelineJS unique_ids, groups and headlines become ids of our schema
// (letters, digits, ".", "_", "-"; at most 120 characters), unique within their list.

const ID = /^[a-z0-9][a-z0-9._-]*$/i;

/** True when `s` is already a valid id. */
export const isId = (s: string): boolean => ID.test(s) && s.length <= 120;

/** A readable id from any text: "Ada Lovelace!" -> "ada-lovelace"; "" when nothing is left. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Hands out unique ids: the wanted one if free, else wanted-2, wanted-3, … */
export class IdPool {
	private used = new Set<string>();

	has(id: string): boolean {
		return this.used.has(id);
	}

	/** Marks `id` as used; false when it already was. */
	take(id: string): boolean {
		if (this.used.has(id)) return false;
		this.used.add(id);
		return true;
	}

	/** The first free id of `base`, `base-2`, `base-3`, … (taken). */
	unique(base: string): string {
		let id = base;
		for (let n = 2; this.used.has(id); n++) id = `${base.slice(0, 110)}-${n}`;
		this.used.add(id);
		return id;
	}
}
