/** Small statistics for the benchmark: medians, percentiles, bounded values. */

/**
 * A measurement that may only be known as a lower bound: a run stopped at its time cap took
 * *at least* the cap (`{ value: 90000, atLeast: true }`, shown as "> 90 s").
 */
export interface Bounded {
	value: number;
	atLeast: boolean;
}

/** Median of the finite numbers in `xs` (nulls dropped); null if none. */
export function median(xs: readonly (number | null | undefined)[]): number | null {
	const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (v.length === 0) return null;
	v.sort((a, b) => a - b);
	const mid = v.length >> 1;
	return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of `xs`; null if empty. */
export function percentile(xs: readonly number[], p: number): number | null {
	const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const rank = Math.ceil((p / 100) * v.length);
	return v[Math.min(v.length - 1, Math.max(0, rank - 1))];
}

/**
 * The median of runs where some runs hit a cap: capped runs count as the cap and, when the median
 * falls on one, the result is a lower bound.
 */
export function boundedMedian(xs: readonly (Bounded | null)[]): Bounded | null {
	const v = xs.filter((x): x is Bounded => x !== null && Number.isFinite(x.value));
	if (v.length === 0) return null;
	// Capped runs sort after every measured one (they took at least the cap, likely more).
	v.sort((a, b) => Number(a.atLeast) - Number(b.atLeast) || a.value - b.value);
	const mid = v.length >> 1;
	if (v.length % 2 === 1) return v[mid];
	const a = v[mid - 1];
	const b = v[mid];
	return { value: (a.value + b.value) / 2, atLeast: a.atLeast || b.atLeast };
}

export function round(x: number | null, digits = 1): number | null {
	if (x === null || !Number.isFinite(x)) return null;
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}
