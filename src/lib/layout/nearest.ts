/**
 * What an empty stretch of time has on either side: when no event overlaps the window, the
 * latest event that ends before it and the earliest that starts after it, so the chart can say
 * where the events are instead of showing a blank. The events are indexed once (per filter) so
 * that each frame of a zoom or pan asks in O(log n), not by walking every event.
 */
import { bisectRight } from 'd3-array';
import type { TimeWindow } from './scale';

export interface Around<T> {
	before: T | null;
	after: T | null;
}

interface Span {
	start: number;
	end: number;
}

export interface OutsideIndex<T extends Span> {
	/** The events by start (stable: ties keep the list's order). */
	byStart: readonly T[];
	starts: Float64Array;
	/** For each i, the index in `byStart` of the latest-ending event among the first i + 1. */
	latest: Int32Array;
}

export function outsideIndex<T extends Span>(events: readonly T[]): OutsideIndex<T> {
	let sorted = true;
	for (let i = 1; i < events.length && sorted; i++) sorted = events[i - 1].start <= events[i].start;
	const byStart = sorted ? events : [...events].sort((a, b) => a.start - b.start);
	const starts = Float64Array.from(byStart, (e) => e.start);
	const latest = new Int32Array(byStart.length);
	for (let i = 1; i < byStart.length; i++) {
		const best = latest[i - 1];
		latest[i] = byStart[i].end > byStart[best].end ? i : best;
	}
	return { byStart, starts, latest };
}

/** Null when some event overlaps `w` (or there are none at all); else the nearest each side. */
export function nearestOutside<T extends Span>(
	index: OutsideIndex<T>,
	w: TimeWindow
): Around<T> | null {
	const { byStart, starts, latest } = index;
	// The events that start by the window's end: one of them overlaps it if the latest-ending does.
	const k = bisectRight(starts, w.end);
	const before = k > 0 ? byStart[latest[k - 1]] : null;
	if (before && before.end >= w.start) return null;
	const after = k < byStart.length ? byStart[k] : null;
	return before || after ? { before, after } : null;
}
