import { describe, expect, it } from 'vitest';
import { reserveBounds, shiftClearOf, windowClearOf } from './clear';
import type { TimeWindow } from './scale';

const win = (start: number, end: number): TimeWindow => ({ start, end });

describe('reserveBounds', () => {
	it('widens the end by the share the details cover, and leaves bounds alone without them', () => {
		expect(reserveBounds(win(0, 900), 0.25)).toEqual(win(0, 1200));
		expect(reserveBounds(win(0, 900), 0)).toEqual(win(0, 900));
		expect(reserveBounds(win(0, 900), NaN)).toEqual(win(0, 900));
	});
});

describe('shiftClearOf', () => {
	it.each([
		// x0, x1, free, shift
		[100, 200, 800, 0],
		[700, 900, 800, 116],
		[100, 900, 800, 84],
		[10, 900, 800, 0],
		[700, 760, 800, 0]
	])('mark [%i, %i] left of %i px: pan %i px', (x0, x1, free, want) => {
		expect(shiftClearOf(x0, x1, free)).toBe(want);
	});
});

describe('windowClearOf', () => {
	// Time equals pixels on a 1,000 px view of [0, 1000].
	const x = (w: TimeWindow, t: number) => ((t - w.start) / (w.end - w.start)) * 1000;

	it('pans when the bounds leave room, and the mark keeps its size', () => {
		const to = windowClearOf(win(0, 1000), win(0, 2000), { x0: 900, x1: 950 }, 800, 1000);
		expect(to.end - to.start).toBeCloseTo(1000);
		expect(x(to, 950)).toBeCloseTo(784);
	});

	it('at the end of the data, zooms in about the right edge to clear the mark', () => {
		const to = windowClearOf(win(0, 1000), win(0, 1000), { x0: 900, x1: 950 }, 800, 1000);
		expect(to.end).toBe(1000);
		expect(x(to, 950)).toBeCloseTo(784);
		expect(x(to, 900)).toBeGreaterThanOrEqual(16);
	});

	it('never zooms so far that the mark leaves the view on the left', () => {
		const to = windowClearOf(win(0, 1000), win(0, 1000), { x0: 300, x1: 990 }, 800, 1000);
		expect(x(to, 300)).toBeCloseTo(16);
	});

	it('leaves a clear mark alone', () => {
		const w = win(0, 1000);
		expect(windowClearOf(w, win(0, 1000), { x0: 100, x1: 200 }, 800, 1000)).toBe(w);
	});
});
