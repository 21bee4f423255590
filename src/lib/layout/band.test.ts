import { describe, expect, it } from 'vitest';
import { inBand, paintBand, whole } from './band.ts';

describe('paintBand', () => {
	const tall = { viewportHeight: 800, height: 2000, margin: 100, step: 50 };

	it('paints the rows in view and a margin, rounded out to the step', () => {
		// The chart starts 150 px below the viewport's top: its rows 0..650 show.
		expect(paintBand(null, { ...tall, chartTop: 150 })).toEqual({ y0: 0, y1: 750 });
		// Scrolled 630 px into the chart: rows 630..1430 show.
		expect(paintBand(null, { ...tall, chartTop: -630 })).toEqual({ y0: 500, y1: 1550 });
	});

	it('never reaches past the chart', () => {
		expect(paintBand(null, { ...tall, chartTop: -1700 })).toEqual({ y0: 1600, y1: 2000 });
		expect(paintBand(null, { ...tall, chartTop: 0, height: 300 })).toEqual({ y0: 0, y1: 300 });
	});

	it('keeps the painted band while it covers the view, so a short scroll repaints nothing', () => {
		const first = paintBand(null, { ...tall, chartTop: -630 });
		expect(paintBand(first, { ...tall, chartTop: -560 })).toBe(first);
		expect(paintBand(first, { ...tall, chartTop: -700 })).toBe(first);
		const moved = paintBand(first, { ...tall, chartTop: -760 });
		expect(moved).not.toBe(first);
		expect(moved.y0).toBeLessThanOrEqual(760);
		expect(moved.y1).toBeGreaterThanOrEqual(1560);
	});

	it('trades a whole chart painted before the first measurement for the band in view', () => {
		expect(paintBand(whole(2000), { ...tall, chartTop: 150 })).toEqual({ y0: 0, y1: 750 });
	});

	it('repaints when the chart shrinks under the band', () => {
		const first = paintBand(null, { ...tall, chartTop: -630 });
		expect(paintBand(first, { ...tall, chartTop: -630, height: 1200 })).toEqual({
			y0: 500,
			y1: 1200
		});
	});

	it('paints nothing of a chart scrolled out of view, and all of it when the view is unknown', () => {
		const below = paintBand(null, { ...tall, chartTop: 900, margin: 0 });
		expect(below.y1 - below.y0).toBe(0);
		expect(paintBand(null, { ...tall, chartTop: NaN })).toEqual(whole(2000));
		expect(paintBand(null, { ...tall, chartTop: 0, viewportHeight: 0 })).toEqual(whole(2000));
	});
});

describe('inBand', () => {
	it('holds a mark that crosses the band, edges included', () => {
		const band = { y0: 100, y1: 200 };
		expect(inBand(band, 90, 110)).toBe(true);
		expect(inBand(band, 195, 205)).toBe(true);
		expect(inBand(band, 40, 99)).toBe(false);
		expect(inBand(band, 201, 240)).toBe(false);
	});
});
