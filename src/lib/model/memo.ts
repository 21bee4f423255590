/**
 * Work done once per object: a dataset is never changed in place, so what is derived from it
 * (lookups, bounds, label widths) can be kept for as long as the dataset lives, and worked out
 * ahead of the frame that needs it (see state/prepare.ts).
 */
export function perObject<K extends object, V>(work: (key: K) => V): (key: K) => V {
	const done = new WeakMap<K, V>();
	return (key) => {
		if (done.has(key)) return done.get(key) as V;
		const value = work(key);
		done.set(key, value);
		return value;
	};
}
