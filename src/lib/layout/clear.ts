/**
 * Keeping a mark clear of the details that lie over the chart's right part: how far the camera
 * may go for them, and the least pan (or, failing that, zoom) that clears the selected mark.
 */
import { clampWindow, isValidWindow, panByPixels, type TimeWindow } from './scale.ts';

const span = (w: TimeWindow) => w.end - w.start;

/** `bounds` widened on the right so that their end can show in the part `share` leaves free. */
export function reserveBounds(bounds: TimeWindow, share: number): TimeWindow {
	const r = Math.min(0.6, Math.max(0, Number.isFinite(share) ? share : 0));
	return r === 0 ? bounds : { start: bounds.start, end: bounds.end + (span(bounds) * r) / (1 - r) };
}

/**
 * The least pan (px; positive moves the window later, so marks move left) that brings a mark
 * spanning [x0, x1] into the part of the view left of `free` px, `pad` px from its edges. When
 * the mark is wider than that part, its start is kept in view. 0 when it is clear already.
 */
export function shiftClearOf(x0: number, x1: number, free: number, pad = 16): number {
	if (![x0, x1, free].every(Number.isFinite) || x1 <= free - pad) return 0;
	const shift = x1 - (free - pad);
	return Math.max(0, Math.min(shift, x0 - pad));
}

/**
 * The window that brings a mark spanning [x0, x1] px of a `width` px view clear of everything
 * right of `free` px, moving it the least: a pan when `bounds` leave room for one, else (the
 * window already reaches the end of the data) a zoom in about its right edge, which moves marks
 * away from it, as far as keeps the mark's left end `pad` px inside the view.
 */
export function windowClearOf(
	w: TimeWindow,
	bounds: TimeWindow,
	mark: { x0: number; x1: number },
	free: number,
	width: number,
	pad = 16
): TimeWindow {
	const px = shiftClearOf(mark.x0, mark.x1, free, pad);
	if (px === 0 || !(width > 0) || !isValidWindow(w)) return w;
	const panned = clampWindow(panByPixels(w, px, width), bounds, 0);
	const moved = ((panned.start - w.start) / span(w)) * width;
	if (mark.x1 - moved <= free - pad + 0.5) return panned;
	// Keep the end; choose the start so that the mark's right end falls at free - pad, but
	// not so late that its left end would leave the view.
	const at = (x: number) => w.start + (x / width) * span(w);
	const startFor = (t: number, x: number) => (t - (x / width) * panned.end) / (1 - x / width);
	const start = Math.min(startFor(at(mark.x1), free - pad), startFor(at(mark.x0), pad));
	return start > panned.start ? { start, end: panned.end } : panned;
}
