/**
 * Where an event's mark sits on the x axis, from its dates and a time scale. A date covers its
 * whole unit, so partial and approximate dates become spans, never false points.
 */
import type { EdtfDate, TimelineEvent } from '../model/types';

export type MarkShape = 'point' | 'bar' | 'span';

/**
 * Horizontal geometry of one event's mark, in px. `x0 <= x1`; for a point `x0 = x1 = cx`.
 * When the scale gives a non-finite position, x0, x1 and cx are all NaN: skip such marks.
 */
export interface MarkGeometry {
	id: string;
	shape: MarkShape;
	x0: number;
	x1: number;
	cx: number;
	/** The ends are not known to the day (partial, approximate or uncertain dates). */
	fuzzy: boolean;
}

/** The radius the layout assumes for point marks (px); use it for drawing, packing and arrows. */
export const POINT_RADIUS = 6;

function exactDay(d: EdtfDate): boolean {
	return d.precision === 'day' && !d.approximate && !d.uncertain;
}

/**
 * The mark for an event:
 * - `point`: a single exact day; cx at the middle of the day.
 * - `bar`: an event with an `endDate`, from `start` to `end`; fuzzy when either end is not an
 *   exact day.
 * - `span`: a single month- or year-precise date, or an approximate/uncertain day; covers the
 *   whole unit; always fuzzy.
 * Bars and spans narrower than `minWidth` px are widened symmetrically about their centre.
 */
export function markGeometry(
	event: Pick<TimelineEvent, 'id' | 'date' | 'endDate' | 'start' | 'end'>,
	scale: (t: number) => number,
	minWidth = 10
): MarkGeometry {
	const { id, date, endDate } = event;
	if (!endDate && exactDay(date)) {
		const cx = scale(date.start + (date.end - date.start) / 2);
		const x = Number.isFinite(cx) ? cx : NaN;
		return { id, shape: 'point', x0: x, x1: x, cx: x, fuzzy: false };
	}
	const shape: MarkShape = endDate ? 'bar' : 'span';
	const fuzzy = endDate ? !exactDay(date) || !exactDay(endDate) : true;
	const a = scale(endDate ? event.start : date.start);
	const b = scale(endDate ? event.end : date.end);
	if (!Number.isFinite(a) || !Number.isFinite(b)) {
		return { id, shape, x0: NaN, x1: NaN, cx: NaN, fuzzy };
	}
	let x0 = Math.min(a, b);
	let x1 = Math.max(a, b);
	const cx = (x0 + x1) / 2;
	const min = Number.isFinite(minWidth) && minWidth > 0 ? minWidth : 0;
	if (x1 - x0 < min) {
		x0 = cx - min / 2;
		x1 = cx + min / 2;
	}
	return { id, shape, x0, x1, cx, fuzzy };
}

/**
 * The horizontal extent a mark occupies when drawn: points grow by `radius` on each side.
 * Feed this (not x0/x1) to `packRows` so point marks never touch.
 */
export function markExtent(g: MarkGeometry, radius = POINT_RADIUS): { x0: number; x1: number } {
	const r = g.shape === 'point' && Number.isFinite(radius) && radius > 0 ? radius : 0;
	return { x0: g.x0 - r, x1: g.x1 + r };
}
