/**
 * Moves the camera to a window over a few frames (eased), or at once when the reader prefers
 * reduced motion. Listeners and timers only: the window is written into the state.
 */
import { easeCubicOut } from 'd3';
import { windowClearOf } from '$lib/layout/clear';
import type { TimeWindow } from '$lib/layout/scale';
import type { PlacedMark } from '$lib/layout/timeline';

export function glideWindow(
	set: (w: TimeWindow) => void,
	from: TimeWindow,
	to: TimeWindow,
	duration = 250,
	done: () => void = () => {}
): () => void {
	const still =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	if (still || duration <= 0 || typeof requestAnimationFrame !== 'function') {
		set(to);
		done();
		return () => {};
	}
	// d3's interpolateNumber, written out: importing d3-interpolate brings all of d3-color.
	const [s0, e0, s1, e1] = [from.start, from.end, to.start, to.end];
	const start = (t: number) => s0 * (1 - t) + s1 * t;
	const end = (t: number) => e0 * (1 - t) + e1 * t;
	const t0 = performance.now();
	let frame = requestAnimationFrame(function step(now) {
		const t = easeCubicOut(Math.min(1, (now - t0) / duration));
		set({ start: start(t), end: end(t) });
		if (t < 1) frame = requestAnimationFrame(step);
		else done();
	});
	return () => cancelAnimationFrame(frame);
}

/**
 * The share of the plot (from its right) that the details or the story card cover: on a desktop
 * they lie over the chart's right grid column; on a phone they cover nothing (0). `free` is the
 * width in px of the plot's part left uncovered.
 */
export function panelShare(
	root: HTMLElement,
	view: { gutter: number; width: number }
): { share: number; free: number } {
	const none = { share: 0, free: view.width };
	if (!matchMedia('(min-width: 760px)').matches) return none;
	const columns = getComputedStyle(root).gridTemplateColumns.split(' ').map(parseFloat);
	if (columns.length < 2) return none;
	const free = columns[0] - view.gutter;
	return { share: Math.max(0, (view.width - free) / view.width), free };
}

/**
 * On a desktop the details lie over the chart's right grid column: if the selected mark is under
 * them, the chart glides the least that clears it. Marks can be redrawn on the way (into or out
 * of a group), so focus that was in the chart goes back to the mark at the end (`refocus`).
 * Returns a function that stops the glide.
 */
export function clearOfPanel(
	root: HTMLElement,
	view: { layout: { marks: readonly PlacedMark[] }; gutter: number; width: number },
	tl: {
		window: TimeWindow;
		bounds: TimeWindow;
		reserveRight: number;
		setWindow: (w: TimeWindow, user?: boolean) => void;
	},
	id: string,
	refocus: () => void
): () => void {
	const { share, free } = panelShare(root, view);
	if (share === 0) return () => {};
	// The camera may go as far right as the details are wide, so that the last events clear
	// them; labels end at the details' edge.
	tl.reserveRight = share;
	const m = view.layout.marks.find((x) => x.eventId === id);
	if (!m) return () => {};
	const x0 = m.labelVisible ? Math.min(m.x0, m.labelX) : m.x0;
	const x1 = m.labelVisible ? Math.max(m.x1, m.labelX + m.labelWidth) : m.x1;
	const to = windowClearOf(tl.window, tl.bounds, { x0, x1 }, free, view.width);
	if (to === tl.window) return () => {};
	const focused = root.contains(document.activeElement);
	return glideWindow(
		(w) => tl.setWindow(w, false),
		tl.window,
		to,
		250,
		() => {
			if (focused && !root.contains(document.activeElement)) refocus();
		}
	);
}
