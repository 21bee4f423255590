/**
 * Paints event marks on a 2D canvas, looking like EventMarks.svelte: kind symbol and colour, bars
 * for ranges, faded dashed spans for dates known only to the month or year, hollow forecasts,
 * labels where the layout placed them, dimming outside a highlighted chain. The selected event's
 * label is left to the SVG overlay, which draws it bold (wider: this one would show round it).
 * Given the band of rows a canvas holds, marks outside it are skipped.
 */
import { inBand, type Band } from '$lib/layout/band';
import { kindSymbolPath } from '$lib/layout/symbols';
import type { PlacedMark } from '$lib/layout/timeline';
import type { TimelineEvent } from '$lib/model/types';

export interface PaintStyle {
	/** A kind's colour, e.g. from the CSS custom property --kind-<kind>. */
	kind: (kind: string) => string;
	background: string;
	text: string;
	font: string;
}

export function paintMarks(
	ctx: CanvasRenderingContext2D,
	marks: readonly PlacedMark[],
	events: ReadonlyMap<string, TimelineEvent>,
	style: PaintStyle,
	chain: ReadonlySet<string> | null,
	selectedId: string | null = null,
	/** The rows to paint, in the marks' coordinates (the default: all of them). */
	rows: Band | null = null
): void {
	const symbols: Record<string, Path2D> = {};
	const colours: Record<string, string> = {};
	ctx.font = style.font;
	ctx.textBaseline = 'middle';
	for (const m of marks) {
		// A mark's symbol, bar and label lie within 8 px of its row's centre.
		if (rows && !inBand(rows, m.y - 8, m.y + 8)) continue;
		const e = events.get(m.eventId);
		if (!e) continue;
		const c = (colours[e.kind] ??= style.kind(e.kind));
		const alpha = chain && !chain.has(m.eventId) ? 0.25 : 1;
		const g = m.geom;
		ctx.globalAlpha = alpha;
		if (g.shape !== 'point') {
			ctx.fillStyle = c;
			ctx.strokeStyle = c;
			ctx.globalAlpha = alpha * (g.fuzzy ? 0.25 : 0.8);
			ctx.fillRect(g.x0, m.y - 5, g.x1 - g.x0, 10);
			ctx.globalAlpha = alpha;
			if (g.fuzzy) {
				ctx.setLineDash([3, 2]);
				ctx.strokeRect(g.x0, m.y - 5, g.x1 - g.x0, 10);
				ctx.setLineDash([]);
			}
		}
		const path = (symbols[e.kind] ??= new Path2D(kindSymbolPath(e.kind, 110)));
		ctx.save();
		ctx.translate(g.shape === 'bar' ? g.x0 + 6 : g.cx, m.y);
		if (e.status === 'forecast') {
			ctx.fillStyle = style.background;
			ctx.fill(path);
			ctx.lineWidth = 2;
			ctx.strokeStyle = c;
			ctx.stroke(path);
		} else {
			ctx.fillStyle = c;
			ctx.fill(path);
		}
		ctx.restore();
		if (m.labelVisible && m.eventId !== selectedId) {
			ctx.fillStyle = style.text;
			ctx.fillText(m.label, m.labelX, m.y + 1);
		}
	}
	ctx.globalAlpha = 1;
}
