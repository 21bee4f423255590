/**
 * What an empty stretch of time has on either side: when no event overlaps the window, the
 * latest event that ends before it and the earliest that starts after it, so the chart can say
 * where the events are instead of showing a blank.
 */
import type { TimeWindow } from './scale';

export interface Around<T> {
	before: T | null;
	after: T | null;
}

/** Null when some event overlaps `w` (or there are none at all); else the nearest each side. */
export function nearestOutside<T extends { start: number; end: number }>(
	events: readonly T[],
	w: TimeWindow
): Around<T> | null {
	let before: T | null = null;
	let after: T | null = null;
	for (const e of events) {
		if (e.end >= w.start && e.start <= w.end) return null;
		if (e.end < w.start) {
			if (!before || e.end > before.end) before = e;
		} else if (!after || e.start < after.start) after = e;
	}
	return before || after ? { before, after } : null;
}
