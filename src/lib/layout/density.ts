/**
 * A density strip: how many events start in each slice of the time range, for overviews where
 * one mark per event would be too many.
 */
import type { TimeWindow } from './scale.ts';

export interface Density {
	/** Events per bin. */
	counts: number[];
	max: number;
	/** An SVG area path over [0, width] × [0, height], tallest bin = full height. */
	path: string;
}

export function density(
	starts: Iterable<number>,
	bounds: TimeWindow,
	width: number,
	height: number,
	binPx = 3
): Density {
	const w = Number.isFinite(width) && width > 0 ? width : 0;
	const n = Math.max(1, Math.floor(w / Math.max(1, binPx)));
	const counts = new Array<number>(n).fill(0);
	const span = bounds.end - bounds.start;
	if (w > 0 && span > 0) {
		for (const t of starts) {
			if (!Number.isFinite(t)) continue;
			const i = Math.floor(((t - bounds.start) / span) * n);
			if (i >= 0 && i < n) counts[i]++;
		}
	}
	let max = 0;
	for (const c of counts) if (c > max) max = c;
	if (max === 0 || w === 0) return { counts, max, path: '' };
	const bw = w / n;
	let d = `M0,${height}`;
	counts.forEach((c, i) => {
		// A square root scale keeps lone events visible next to dense clusters.
		const y = height - (c > 0 ? Math.max(1.5, Math.sqrt(c / max) * height) : 0);
		d += `V${y.toFixed(1)}H${((i + 1) * bw).toFixed(1)}`;
	});
	return { counts, max, path: `${d}V${height}Z` };
}
