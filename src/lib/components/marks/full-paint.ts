/**
 * A canvas that paints only the band of rows in view registers here how to paint the whole
 * chart, so that a picture of the chart (publish/picture.ts) holds every mark, not only those on
 * screen. Keyed by the on-screen canvas; the entry goes with it.
 */

export interface FullPaint {
	/** The whole chart's marks as a PNG data URL. */
	href: string;
	/** Where its top lies from the on-screen canvas's top (px; ≤ 0 when scrolled into the chart). */
	dy: number;
	/** Its height in px. */
	height: number;
}

const painters = new WeakMap<HTMLCanvasElement, () => FullPaint>();

/** Registers `paint` for `canvas`; returns the function that removes it. */
export function registerFullPaint(canvas: HTMLCanvasElement, paint: () => FullPaint): () => void {
	painters.set(canvas, paint);
	return () => {
		if (painters.get(canvas) === paint) painters.delete(canvas);
	};
}

/** The whole chart's paint for `canvas`, or undefined when it paints all of it anyway. */
export function fullPaint(canvas: HTMLCanvasElement): FullPaint | undefined {
	return painters.get(canvas)?.();
}
