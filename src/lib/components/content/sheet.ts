/**
 * The phone bottom sheet's geometry, as pure numbers: its two heights, where a drag of its handle
 * lands, and how far the page must scroll so the selected mark shows above it.
 */

export type SheetState = 'collapsed' | 'expanded';

/** Heights as fractions of the viewport: modest when it opens, so the chart stays in sight. */
export const SHEET_FRACTION: Record<SheetState, number> = { collapsed: 0.48, expanded: 0.9 };

/** A pointer that moves less than this is a tap, not a drag. */
export const DRAG_SLOP = 6;

export const sheetHeight = (state: SheetState, viewport: number): number =>
	Math.round(SHEET_FRACTION[state] * viewport);

/** How far below its collapsed height a drag must pull the sheet to close it. */
export const closeDistance = (viewport: number): number =>
	Math.max(64, Math.round(0.12 * viewport));

/** The sheet's height while its handle is dragged by `dy` px (down is positive). */
export function draggedHeight(state: SheetState, dy: number, viewport: number): number {
	const h = sheetHeight(state, viewport) - dy;
	return Math.min(sheetHeight('expanded', viewport), Math.max(0, h));
}

/** Where a drag of `dy` px ends: up past halfway expands, down past the threshold closes. */
export function releaseDrag(
	state: SheetState,
	dy: number,
	viewport: number
): SheetState | 'closed' {
	if (!Number.isFinite(dy) || Math.abs(dy) < DRAG_SLOP) return state;
	const h = sheetHeight(state, viewport) - dy;
	const collapsed = sheetHeight('collapsed', viewport);
	if (h < collapsed - closeDistance(viewport)) return 'closed';
	return h > (collapsed + sheetHeight('expanded', viewport)) / 2 ? 'expanded' : 'collapsed';
}

/**
 * How far to scroll the page (positive: down) so that a mark spanning `top`–`bottom` (viewport
 * px) lies wholly in the visible band `from`–`to` with `margin` to spare; the least movement,
 * 0 when it already does. A mark taller than the band is aligned at its top.
 */
export function revealDelta(
	mark: { top: number; bottom: number },
	band: { from: number; to: number },
	margin = 12
): number {
	const from = band.from + margin;
	const to = band.to - margin;
	if (mark.top >= from && mark.bottom <= to) return 0;
	if (mark.bottom - mark.top > to - from || mark.top < from) return mark.top - from;
	return mark.bottom - to;
}
