/**
 * Text set in an SVG picture, which has no line breaking of its own: lines wrapped to a width,
 * and legend items flowed into rows. Pure: the caller measures text (a canvas in the browser).
 */

/** A text's width in pixels, in the font it will be drawn with. */
export type Measure = (text: string) => number;

/** Splits a word wider than `width` into pieces that fit (at least one character each). */
function breakWord(word: string, width: number, measure: Measure): string[] {
	const pieces: string[] = [];
	let current = '';
	for (const char of word) {
		if (current && measure(current + char) > width) {
			pieces.push(current);
			current = char;
		} else current += char;
	}
	if (current) pieces.push(current);
	return pieces;
}

/**
 * Greedy word wrap: `text` (white space collapsed) as lines no wider than `width`; a word wider
 * than a line (a long URL) is broken between characters. Blank text gives no lines.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		const pieces = measure(word) <= width ? [word] : breakWord(word, width, measure);
		lines.push(...pieces.slice(0, -1));
		line = pieces[pieces.length - 1];
	}
	if (line) lines.push(line);
	return lines;
}

export interface Placed {
	x: number;
	/** The row, from 0. */
	row: number;
}

/**
 * Items of the given widths placed left to right, `gap` apart, starting a new row where the
 * next would pass `width` (an item wider than a row gets a row of its own).
 */
export function flowRows(widths: readonly number[], width: number, gap: number): Placed[] {
	const placed: Placed[] = [];
	let x = 0;
	let row = 0;
	for (const w of widths) {
		if (x > 0 && x + w > width) {
			row++;
			x = 0;
		}
		placed.push({ x, row });
		x += w + gap;
	}
	return placed;
}
