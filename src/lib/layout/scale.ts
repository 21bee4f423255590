/**
 * The time window (the camera) and its scale: pure arithmetic on UTC millisecond numbers.
 * Nothing here clamps unless its name says so; `clampWindow` is the one place that does.
 */
import { perObject } from '../model/memo.ts';
import type { Dataset } from '../model/types.ts';

/** A half-open span of time in UTC ms; valid when both ends are finite and `end > start`. */
export interface TimeWindow {
	start: number;
	end: number;
}

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The window used when there is nothing to show: the year 2000 (UTC). */
export const DEFAULT_WINDOW: Readonly<TimeWindow> = Object.freeze({
	start: Date.UTC(2000, 0, 1),
	end: Date.UTC(2001, 0, 1)
});

/** Minimum padding on each side of the data, and the minimum total span `dataBounds` returns. */
const MIN_PAD = 15 * DAY;
const MIN_BOUNDS_SPAN = 61 * DAY;

/** True when both ends are finite and `end > start`. */
export function isValidWindow(w: TimeWindow | null | undefined): boolean {
	return w != null && Number.isFinite(w.start) && Number.isFinite(w.end) && w.end > w.start;
}

function span(w: TimeWindow): number {
	return w.end - w.start;
}

/**
 * The extent of `items`, padded on both sides by `padFraction` of its span (at least 15 days a
 * side, and at least 61 days in all, so a single-day event gets ±30 days). Items with non-finite
 * ends are ignored; with none left, returns {@link DEFAULT_WINDOW}.
 */
export function dataBounds(
	items: readonly { start: number; end: number }[],
	padFraction = 0.04
): TimeWindow {
	let lo = Infinity;
	let hi = -Infinity;
	for (const item of items) {
		if (!Number.isFinite(item.start) || !Number.isFinite(item.end)) continue;
		lo = Math.min(lo, item.start, item.end);
		hi = Math.max(hi, item.start, item.end);
	}
	if (lo > hi) return { ...DEFAULT_WINDOW };
	const s = hi - lo;
	const fraction = Number.isFinite(padFraction) && padFraction > 0 ? padFraction : 0;
	const pad = Math.max(s * fraction, MIN_PAD, (MIN_BOUNDS_SPAN - s) / 2);
	return { start: lo - pad, end: hi + pad };
}

/**
 * Fits `w` inside `bounds`: its span is clamped to [minSpan, span of bounds] (resized about its
 * centre), then it is shifted, keeping that span, to lie inside `bounds`. An invalid `w` yields
 * `bounds`; invalid `bounds` only enforce `minSpan`.
 */
export function clampWindow(w: TimeWindow, bounds: TimeWindow, minSpan = DAY * 2): TimeWindow {
	const boundsOk = isValidWindow(bounds);
	if (!isValidWindow(w)) return boundsOk ? { ...bounds } : { ...DEFAULT_WINDOW };
	const min = Number.isFinite(minSpan) && minSpan > 0 ? minSpan : 0;
	const max = boundsOk ? span(bounds) : Infinity;
	const s = Math.min(Math.max(span(w), Math.min(min, max)), max);
	const centre = w.start + span(w) / 2;
	let start = centre - s / 2;
	if (boundsOk) {
		if (start < bounds.start) start = bounds.start;
		if (start + s > bounds.end) start = bounds.end - s;
	}
	return { start, end: start + s };
}

/**
 * Zooms by `factor` (> 1 zooms in: the span is divided by it) keeping the instant at fraction
 * `anchor` of the window in place. Not clamped. A non-positive or non-finite factor, or an
 * invalid window, returns a copy of `w`.
 */
export function zoomWindow(w: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
	if (!isValidWindow(w) || !Number.isFinite(factor) || factor <= 0) return { ...w };
	const a = Number.isFinite(anchor) ? anchor : 0.5;
	const s = span(w);
	const pivot = w.start + a * s;
	const next = s / factor;
	if (!(next > 0) || !Number.isFinite(next)) return { ...w };
	const start = pivot - a * next;
	return { start, end: start + next };
}

/** Shifts the window by `fraction` of its span (positive = later). Not clamped. */
export function panWindow(w: TimeWindow, fraction: number): TimeWindow {
	if (!isValidWindow(w) || !Number.isFinite(fraction)) return { ...w };
	const d = fraction * span(w);
	return { start: w.start + d, end: w.end + d };
}

/** UTC milliseconds to pixels, and back (`invert`). */
export interface WindowScale {
	(t: number): number;
	invert(x: number): number;
}

/**
 * A scale from UTC milliseconds onto [0, width] for the window: the straight line of d3's
 * `scaleLinear` with the same arithmetic (so the same numbers), without d3-scale, which would
 * bring d3-interpolate's colours and d3-format into every page. Ticks come from ticks.ts (d3-time's
 * UTC intervals). A negative or non-finite width maps onto [0, 0]; an invalid window falls back
 * to one day from its start (or {@link DEFAULT_WINDOW}).
 */
export function windowToScale(w: TimeWindow, width: number): WindowScale {
	let win: TimeWindow = DEFAULT_WINDOW;
	if (isValidWindow(w)) win = w;
	else if (Number.isFinite(w?.start)) win = { start: w.start, end: w.start + DAY };
	const wd = Number.isFinite(width) && width > 0 ? width : 0;
	const { start, end } = win;
	const scale = ((t: number) => wd * ((t - start) / (end - start))) as WindowScale;
	// Onto [0, 0] every pixel is the window's middle, as d3 has it.
	scale.invert = (x: number) => {
		const u = wd ? x / wd : 0.5;
		return start * (1 - u) + end * u;
	};
	return scale;
}

/** The window of the same span centred on `t`. */
export function centreOn(w: TimeWindow, t: number): TimeWindow {
	if (!isValidWindow(w) || !Number.isFinite(t)) return { ...w };
	const half = span(w) / 2;
	return { start: t - half, end: t + half };
}

/**
 * The smallest pan that brings [start, end) inside `w` with `margin` (fraction of the span, at
 * most 0.45) on each side. When the item fits in the window but not with the full margin, it is
 * centred. Only an item wider than the window zooms out, to fit it with the margin, centred.
 * Returns `w` itself (same object) when nothing needs to move, so callers can skip updates.
 */
export function ensureVisible(w: TimeWindow, start: number, end: number, margin = 0.1): TimeWindow {
	if (!isValidWindow(w) || !Number.isFinite(start) || !Number.isFinite(end)) return w;
	const lo = Math.min(start, end);
	const hi = Math.max(start, end);
	const frac = Number.isFinite(margin) ? Math.min(Math.max(margin, 0), 0.45) : 0;
	const s = span(w);
	const len = hi - lo;
	if (len > s) {
		const next = len / (1 - 2 * frac);
		const from = lo - (next - len) / 2;
		return { start: from, end: from + next };
	}
	const m = Math.min(frac * s, (s - len) / 2);
	if (lo >= w.start + m && hi <= w.end - m) return w;
	const from = lo < w.start + m ? lo - m : hi + m - s;
	return { start: from, end: from + s };
}

/**
 * The window to open on: the data's bounds, unless a few early outliers (at most `quantile` of
 * the events, set apart by a gap of over a quarter of the whole span) would squeeze the rest into
 * a corner. Then it starts after that gap; "fit all" still shows everything.
 */
export function focusWindow(
	items: readonly { start: number; end: number }[],
	quantile = 0.1
): TimeWindow {
	const all = dataBounds(items);
	const starts = items
		.map((i) => i.start)
		.filter(Number.isFinite)
		.sort((a, b) => a - b);
	if (starts.length < 10) return all;
	const total = starts[starts.length - 1] - starts[0];
	let cut = -1;
	let widest = 0;
	const last = Math.max(1, Math.floor(quantile * (starts.length - 1)) + 1);
	for (let i = 1; i <= last; i++) {
		const gap = starts[i] - starts[i - 1];
		if (gap > widest) {
			widest = gap;
			cut = i;
		}
	}
	if (cut < 0 || widest <= total / 4) return all;
	return dataBounds(items.filter((i) => i.start >= starts[cut]));
}

/** Where a dataset's camera may go (its events and periods) and where it opens: once per dataset. */
export const boundsOf = perObject((dataset: Dataset) =>
	dataBounds([...dataset.events, ...dataset.periods])
);
export const homeOf = perObject((dataset: Dataset) => focusWindow(dataset.events));

// --- gestures and camera moves (the one place that does zoom and pan arithmetic) -------------

/** A span of `px` pixels on a `width`-px view of `w`, in ms (0 for an unusable width or window). */
export function pixelsToTime(px: number, width: number, w: TimeWindow): number {
	if (!isValidWindow(w) || !(width > 0) || !Number.isFinite(px)) return 0;
	return (px / width) * span(w);
}

/** Shifts the window by `px` pixels of a `width`-px view (positive = later). Not clamped. */
export function panByPixels(w: TimeWindow, px: number, width: number): TimeWindow {
	const d = pixelsToTime(px, width, w);
	return { start: w.start + d, end: w.end + d };
}

/**
 * The zoom factor of one zooming wheel event (ctrl or ⌘ held, or a trackpad pinch, which arrives
 * as ctrl+wheel): a pinch's small deltas zoom smoothly, and one mouse-wheel notch zooms by at
 * most 1.35×, so neither device jumps.
 */
export function wheelZoomFactor(deltaY: number): number {
	if (!Number.isFinite(deltaY)) return 1;
	return Math.exp(-Math.max(-0.3, Math.min(0.3, deltaY * 0.01)));
}

/**
 * Two-finger pinch: the instants under both fingers at the gesture's start (`before`, fractions
 * of the view's width, on window `w`) stay under them at `after`. Null while the fingers are
 * too close together (under 2% of the width) to give a stable scale.
 */
export function pinchWindow(
	w: TimeWindow,
	before: readonly [number, number],
	after: readonly [number, number]
): TimeWindow | null {
	const d0 = Math.abs(before[1] - before[0]);
	const d1 = Math.abs(after[1] - after[0]);
	if (!isValidWindow(w) || !(d0 >= 0.02) || !(d1 >= 0.02)) return null;
	const next = (span(w) * d0) / d1;
	const pivot = w.start + ((before[0] + before[1]) / 2) * span(w);
	const start = pivot - ((after[0] + after[1]) / 2) * next;
	return { start, end: start + next };
}

/**
 * The overview brush: `move` shifts the window by `dt` ms, `left`/`right` move that edge only,
 * never past the other (a window stays at least 1 ms wide). Not clamped to bounds.
 */
export function dragWindow(w: TimeWindow, mode: 'move' | 'left' | 'right', dt: number): TimeWindow {
	if (!Number.isFinite(dt)) return { ...w };
	if (mode === 'move') return { start: w.start + dt, end: w.end + dt };
	if (mode === 'left') return { start: Math.min(w.start + dt, w.end - 1), end: w.end };
	return { start: w.start, end: Math.max(w.end + dt, w.start + 1) };
}

/** The window of the same span moved to the start or the end of `bounds`. */
export function alignWindow(w: TimeWindow, bounds: TimeWindow, edge: 'start' | 'end'): TimeWindow {
	const s = span(w);
	return edge === 'start'
		? { start: bounds.start, end: bounds.start + s }
		: { start: bounds.end - s, end: bounds.end };
}

/**
 * Zooms in on a stretch of time gathered into one group (a cluster): centred on it, about eight
 * times its length, but never narrower than a sixteenth of the current window, so one activation
 * zooms in by at most 16×.
 */
export function zoomToSpan(w: TimeWindow, start: number, end: number): TimeWindow {
	if (!Number.isFinite(start) || !Number.isFinite(end)) return { ...w };
	const mid = (start + end) / 2;
	const half = Math.max(Math.abs(end - start) * 4, span(w) / 16);
	return { start: mid - half, end: mid + half };
}

/**
 * Brings `target` into view, keeping `keep` in view too when both fit (the other end of an arrow
 * whose stub was activated): the smallest move of {@link ensureVisible} over both.
 */
export function revealWith(
	w: TimeWindow,
	target: { start: number; end: number },
	keep: { start: number; end: number } | undefined,
	margin = 0.08
): TimeWindow {
	const start = Math.min(target.start, keep?.start ?? target.start);
	const end = Math.max(target.end, keep?.end ?? target.end);
	return ensureVisible(w, start, end, margin);
}
