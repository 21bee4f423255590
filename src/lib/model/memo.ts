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

/**
 * A loader that runs `load` once and keeps its promise (a chunk fetched on demand): every
 * caller gets the same one. A failure is forgotten, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => {
		if (!loading) {
			const started = load();
			loading = started;
			started.catch(() => {
				if (loading === started) loading = undefined;
			});
		}
		return loading;
	};
}
