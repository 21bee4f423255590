import { describe, expect, it } from 'vitest';
import { draggedHeight, releaseDrag, revealDelta, sheetHeight } from './sheet.ts';

const vh = 812;

describe('the phone sheet', () => {
	it('opens at about half the screen and expands to nearly all of it', () => {
		expect(sheetHeight('collapsed', vh) / vh).toBeGreaterThanOrEqual(0.45);
		expect(sheetHeight('collapsed', vh) / vh).toBeLessThanOrEqual(0.5);
		expect(sheetHeight('expanded', vh)).toBeGreaterThan(sheetHeight('collapsed', vh));
		expect(sheetHeight('expanded', vh)).toBeLessThan(vh);
	});

	it.each([
		// [from, drag dy, lands]
		['collapsed', 0, 'collapsed'],
		['collapsed', 4, 'collapsed'], // a tap, not a drag
		['collapsed', -40, 'collapsed'], // a little up: springs back
		['collapsed', -250, 'expanded'], // up past halfway
		['collapsed', 40, 'collapsed'], // a little down: springs back
		['collapsed', 120, 'closed'], // down past the threshold
		['expanded', 100, 'expanded'],
		['expanded', 250, 'collapsed'],
		['expanded', 500, 'closed'],
		['collapsed', Number.NaN, 'collapsed']
	] as const)('from %s, a drag of %d px lands %s', (state, dy, expected) => {
		expect(releaseDrag(state, dy, vh)).toBe(expected);
	});

	it('follows the finger while dragged, within its bounds', () => {
		expect(draggedHeight('collapsed', 50, vh)).toBe(sheetHeight('collapsed', vh) - 50);
		expect(draggedHeight('collapsed', -2000, vh)).toBe(sheetHeight('expanded', vh));
		expect(draggedHeight('collapsed', 2000, vh)).toBe(0);
	});
});

describe('revealDelta', () => {
	const band = { from: 0, to: 420 };
	it.each([
		['already visible', { top: 100, bottom: 120 }, 0],
		['under the sheet: scrolls down just enough', { top: 500, bottom: 520 }, 112],
		['partly under the sheet', { top: 400, bottom: 415 }, 7],
		['above the screen: scrolls up', { top: -50, bottom: -30 }, -62],
		['taller than the band: its top shown', { top: 300, bottom: 900 }, 288]
	])('%s', (_, mark, expected) => {
		expect(revealDelta(mark, band)).toBe(expected);
		// After scrolling by the delta, the mark lies inside the band.
		const top = mark.top - expected;
		expect(top).toBeGreaterThanOrEqual(band.from);
		if (mark.bottom - mark.top < band.to - band.from) {
			expect(mark.bottom - expected).toBeLessThanOrEqual(band.to);
		}
	});
});
