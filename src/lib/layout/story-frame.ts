/**
 * The camera for a story step: the window that shows a step's events, with their labels, in the
 * part of the chart the step card leaves free. Pure arithmetic over times and pixels.
 */
import { parseEdtf } from '../model/dates.ts';
import type { StepFocus } from '../model/story.ts';
import { DAY, type TimeWindow } from './scale.ts';

export interface FrameInput {
	/** The plot's width (px) and the part of it, from the left, that nothing covers. */
	width: number;
	free: number;
	/** The widest label among the events (px): labels sit right of their marks. */
	labelWidth: number;
	/** The shortest window that still shows an event's surroundings. */
	minSpan?: number;
	/** Space kept clear at the left edge and before the free part's edge (px). */
	pad?: number;
}

const MIN_STEP_SPAN = 20 * DAY;

/**
 * The window that puts [start, end) inside `pad` px of the free part's left edge and the width of
 * a label (at most half the free part) plus `pad` before its right edge. A span shorter than
 * `minSpan` is widened about its middle, so a lone event is seen among its neighbours.
 */
export function frameSpan(start: number, end: number, i: FrameInput): TimeWindow | null {
	if (![start, end, i.width].every(Number.isFinite) || end < start || !(i.width > 0)) return null;
	const pad = i.pad ?? 24;
	const free = Math.min(i.width, Math.max(0, Number.isFinite(i.free) ? i.free : i.width));
	const right = Math.min(Math.max(0, i.labelWidth), free * 0.5) + pad;
	const usable = Math.max(free * 0.25, free - pad - right);
	const minSpan = i.minSpan ?? MIN_STEP_SPAN;
	let [s, e] = [start, end];
	const wanted = (minSpan * usable) / i.width;
	if (e - s < wanted) {
		const mid = (s + e) / 2;
		[s, e] = [mid - wanted / 2, mid + wanted / 2];
	}
	const msPerPx = (e - s) / usable;
	const from = s - pad * msPerPx;
	return { start: from, end: from + i.width * msPerPx };
}

/** A step's own window (EDTF start and end already read as times) widened to leave `free` px. */
export function frameWindow(w: TimeWindow, width: number, free: number): TimeWindow {
	if (!(width > 0) || !(free > 0) || free >= width) return w;
	return { start: w.start, end: w.start + ((w.end - w.start) * width) / free };
}

/** The window a step asks for: its own `view`, else its events with their labels. */
export function stepTarget(
	focus: StepFocus,
	plot: { width: number; free: number },
	labelWidth: (id: string) => number
): TimeWindow | null {
	const view = focus.step.view;
	if (view) {
		const [s, e] = [parseEdtf(view.start), parseEdtf(view.end)];
		if (s.ok && e.ok)
			return frameWindow({ start: s.date.start, end: e.date.end }, plot.width, plot.free);
	}
	const events = focus.events;
	if (events.length === 0) return null;
	const start = Math.min(...events.map((e) => e.start));
	const end = Math.max(...events.map((e) => e.end));
	const widest = Math.max(...events.map((e) => labelWidth(e.id)));
	return frameSpan(start, end, { ...plot, labelWidth: widest });
}
