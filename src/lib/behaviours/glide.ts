/**
 * Moves the camera to a window over a few frames (eased), or at once when the reader prefers
 * reduced motion. Listeners and timers only: the window is written into the state.
 */
import { easeCubicOut, interpolateNumber } from 'd3';
import type { TimeWindow } from '$lib/layout/scale';

export function glideWindow(
	set: (w: TimeWindow) => void,
	from: TimeWindow,
	to: TimeWindow,
	duration = 250
): () => void {
	const still =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	if (still || duration <= 0 || typeof requestAnimationFrame !== 'function') {
		set(to);
		return () => {};
	}
	const start = interpolateNumber(from.start, to.start);
	const end = interpolateNumber(from.end, to.end);
	const t0 = performance.now();
	let frame = requestAnimationFrame(function step(now) {
		const t = easeCubicOut(Math.min(1, (now - t0) / duration));
		set({ start: start(t), end: end(t) });
		if (t < 1) frame = requestAnimationFrame(step);
	});
	return () => cancelAnimationFrame(frame);
}
