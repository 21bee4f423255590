/** Which drawn mark is under a point (for marks painted on a canvas). */
import type { PlacedMark } from './timeline.ts';

/**
 * The mark whose row contains `y` and whose mark (or visible label) contains `x`; among several,
 * the one whose mark is nearest. Null when none.
 */
export function hitTest(
	marks: readonly PlacedMark[],
	x: number,
	y: number,
	rowHeight: number,
	slop = 3
): PlacedMark | null {
	let best: PlacedMark | null = null;
	let bestD = Infinity;
	for (const m of marks) {
		if (Math.abs(y - m.y) > rowHeight / 2) continue;
		const right = m.labelVisible ? m.labelX + m.labelWidth : m.x1;
		if (x < m.x0 - slop || x > right + slop) continue;
		const d = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
		if (d < bestD) {
			bestD = d;
			best = m;
		}
	}
	return best;
}
