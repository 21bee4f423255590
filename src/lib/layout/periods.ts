/**
 * Period bands: labelled background bands, their titles truncated to the visible part and
 * stacked where bands overlap, so overlapping periods' titles never collide. Pure.
 */
import type { Period } from '../model/types.ts';
import { estimateTextWidth, truncate } from './labels.ts';
import { packRows } from './pack.ts';

export interface PeriodBand {
	id: string;
	title: string;
	x0: number;
	x1: number;
	/** Alternates 0/1 so adjacent bands are told apart. */
	shade: 0 | 1;
	/** Label line, counted up from the bottom, so overlapping periods' titles never collide. */
	labelRow: number;
	/** The title, truncated to the band's visible width ('' when even "…" does not fit). */
	label: string;
	/** The period continues: it runs past the right edge, whatever the window. */
	open: boolean;
}

const SAFETY = 1.15;

export function layoutPeriods(
	periods: readonly Period[],
	scale: (t: number) => number,
	width: number,
	fontSize: number
): PeriodBand[] {
	const bands = periods.map((p, i) => {
		const x0 = scale(p.start);
		const x1 = p.open ? Math.max(scale(p.end), width) : scale(p.end);
		const title = p.open ? `${p.title} (continues)` : p.title;
		const visible = Math.min(width, x1) - Math.max(0, x0);
		const label = visible > 12 ? truncate(title, visible - 8, fontSize) : '';
		const shade = (i % 2) as 0 | 1;
		return { id: p.id, title, x0, x1, shade, labelRow: 0, label, open: p.open };
	});
	const items = bands
		.filter((b) => b.label)
		.map((b) => {
			const left = Math.max(0, b.x0);
			const text = estimateTextWidth(b.label, fontSize) * SAFETY + 8;
			return { id: b.id, x0: left, x1: left + text, labelWidth: text };
		});
	const { placements } = packRows(items, { gap: 4, maxRows: 100 });
	for (const b of bands) b.labelRow = placements.get(b.id)?.row ?? 0;
	return bands;
}
