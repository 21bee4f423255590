/**
 * Where one label goes in a frame: right of its mark as packed, pinned inside a bar or span at
 * the visible edge, shortened at the right edge, or left of its mark. Pure.
 */
import { truncateWords } from './labels.ts';
import { POINT_RADIUS, type MarkGeometry } from './marks.ts';
import { LABEL_GAP, LABEL_SAFETY } from './packing.ts';
import type { PlacedMark } from './frame.ts';

/** Labels keep this far from the chart's edges (px). */
const INSET = 4;
/** A label shortened below this width (px) is not worth showing. */
const MIN_LABEL = 36;

/** A label of `width` px shortened to `room` px: the text and width, or null if too short. */
function fit(text: string, width: number, room: number, fontSize: number) {
	if (width <= room) return { text, width };
	if (room < MIN_LABEL) return null;
	const short = truncateWords(text, room / LABEL_SAFETY, fontSize);
	return short ? { text: short, width: room } : null;
}

/** What a row holds so far in this frame: its right edge, and the mark that reaches it. */
export interface RowEnd {
	right: number;
	last: PlacedMark | null;
}

type Placed = { x: number; text: string; width: number };

/** How far the previous label in a row may be shortened to make room: to half, not below MIN. */
function shrinkable(prev: PlacedMark | null): number {
	if (!prev?.labelVisible || prev.labelX + prev.labelWidth <= prev.x1) return 0;
	return Math.max(0, prev.labelWidth - Math.max(MIN_LABEL, prev.labelWidth / 2));
}

/**
 * Where a label goes: where packing put it (right of the mark, or left of it at the data's end)
 * when it fits in the chart; else the widest of: pinned to the visible left edge inside a bar or
 * span, shortened at the right edge, or left of a mark in view, shortening the label before it
 * in the row if that makes room.
 */
export function placeLabel(
	side: 'right' | 'left',
	shape: MarkGeometry['shape'],
	x0: number,
	x1: number,
	text: string,
	width: number,
	w: number,
	row: RowEnd,
	fontSize: number
): Placed | null {
	const after = x1 + LABEL_GAP;
	const right = w - INSET;
	if (side === 'left') {
		// Packed left of its mark: shortened there if the chart's left edge is close.
		const f = fit(text, width, x0 - LABEL_GAP - INSET, fontSize);
		if (f) return { x: x0 - LABEL_GAP - f.width, ...f };
		// Zoomed in on the very end of the data, where only later, left-labelled marks remain.
		return after + width <= right ? { x: after, text, width } : null;
	}
	if (after >= INSET && after + width <= right) return { x: after, text, width };
	const wider = (a: Placed | null, b: Placed | null) => (b && (!a || b.width > a.width) ? b : a);
	const at = (x: number, room: number): Placed | null => {
		const f = fit(text, width, room, fontSize);
		return f && { x, ...f };
	};
	// Pinned to the visible left edge (inside a bar or span), never further right than packed.
	const pinned = Math.min(Math.max(x0, 0) + INSET, after);
	let best = shape === 'point' ? null : at(pinned, right - pinned);
	if (after >= INSET) best = wider(best, at(after, right - after));
	// Any mark that starts in the chart may take room on its left, even one cut by the edge.
	const inView = x0 >= -POINT_RADIUS && x0 < w;
	const edge = x0 - LABEL_GAP;
	if (best?.width !== width && inView) {
		const free = edge - Math.max(row.right, INSET);
		const spare = shrinkable(row.last);
		const room = Math.min(edge - INSET, free + spare);
		const f = fit(text, width, room, fontSize);
		if (f && (!best || f.width > best.width)) {
			const need = f.width - free;
			const prev = row.last;
			if (need > 0 && prev) {
				const short = fit(prev.label, prev.labelWidth, prev.labelWidth - need, fontSize);
				if (!short) return best;
				prev.label = short.text;
				prev.labelWidth = short.width;
			}
			return { x: edge - f.width, ...f };
		}
	}
	return best;
}
