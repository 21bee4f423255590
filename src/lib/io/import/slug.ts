/**
 * Ids made from text: lowercase ASCII letters, digits and hyphens, at most 64 characters (the
 * contract's id pattern), made unique within a collection with `-2`, `-3`.
 */

export const MAX_ID = 64;

/** "Tehrik-i-Taliban Pakistan (TTP)" → "tehrik-i-taliban-pakistan-ttp"; "" when nothing is left. */
export function slugify(text: string, max = MAX_ID): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	// Cut between words when a word boundary is not too far back.
	const cut = slug.slice(0, max + 1).lastIndexOf('-');
	return (cut > max / 2 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Hands out ids unique within one collection. */
export class IdMaker {
	private readonly used = new Set<string>();

	/** Marks an id written in the file as taken, so that made ones avoid it. */
	reserve(id: string): void {
		this.used.add(id);
	}

	has(id: string): boolean {
		return this.used.has(id);
	}

	/** A slug of `text` (or `fallback` when it has no letter or digit), unique so far. */
	make(text: string, fallback: string): string {
		const base = slugify(text) || fallback;
		let id = base;
		for (let n = 2; this.used.has(id); n++) {
			const suffix = `-${n}`;
			id = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
		}
		this.used.add(id);
		return id;
	}
}
