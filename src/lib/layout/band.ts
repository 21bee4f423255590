/**
 * The band of a tall chart that a canvas paints: the rows in the viewport, a margin either side,
 * rounded out to a step so that scrolling a little keeps the same band (and its bitmap). A canvas
 * the full height of a 10,000-event chart costs its raster on every frame of a zoom, though a
 * reader sees less than half of it. Pure: where the chart sits in the viewport in, a band out.
 */

export interface Band {
	/** Top and bottom of the band, in px from the chart's top; y1 > y0 unless nothing shows. */
	readonly y0: number;
	readonly y1: number;
}

export interface BandInput {
	/** The chart's top edge relative to the viewport's (negative once scrolled past). */
	chartTop: number;
	viewportHeight: number;
	/** The chart's full height. */
	height: number;
	/** Painted beyond each viewport edge, so that a short scroll needs no repaint. */
	margin?: number;
	/** The band's edges fall on multiples of this. */
	step?: number;
}

/** The whole chart: for a chart that fits the viewport, and when the viewport is unknown. */
export const whole = (height: number): Band => ({ y0: 0, y1: Math.max(0, height) });

/**
 * The band to paint. `painted` is returned as it is while it still covers the viewport's part of
 * the chart, lies within it and is not much taller than needed (a whole chart painted before the
 * first measurement is not), so that a caller can tell that nothing needs repainting.
 */
export function paintBand(painted: Band | null, i: BandInput): Band {
	const height = Math.max(0, i.height);
	if (![i.chartTop, i.viewportHeight, height].every(Number.isFinite) || !(i.viewportHeight > 0)) {
		return same(painted, whole(height));
	}
	const step = i.step && i.step > 0 ? i.step : 64;
	const margin = Math.max(0, i.margin ?? i.viewportHeight / 4);
	const top = clamp(-i.chartTop, 0, height);
	const bottom = clamp(i.viewportHeight - i.chartTop, 0, height);
	// Kept while it covers the view and reaches no further past it than twice the margin and a step.
	const slack = 2 * margin + step;
	if (
		painted &&
		painted.y0 <= top &&
		painted.y1 >= bottom &&
		painted.y1 <= height &&
		painted.y0 >= top - slack &&
		painted.y1 <= bottom + slack
	) {
		return painted;
	}
	const y0 = Math.max(0, Math.floor((top - margin) / step) * step);
	const y1 = Math.min(height, Math.ceil((bottom + margin) / step) * step);
	return same(painted, { y0, y1: Math.max(y0, y1) });
}

/** Whether a mark spanning [top, bottom] px of the chart crosses the band. */
export function inBand(band: Band, top: number, bottom: number): boolean {
	return bottom >= band.y0 && top <= band.y1;
}

function same(painted: Band | null, next: Band): Band {
	return painted && painted.y0 === next.y0 && painted.y1 === next.y1 ? painted : next;
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}
