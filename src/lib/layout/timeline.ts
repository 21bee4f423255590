/**
 * The whole timeline's geometry for one frame: every visible event's mark, its row (compact) or
 * its rows in each actor's lane (by actor), which labels fit, lane bands, period bands, and the
 * connectors that join one event's marks across lanes. Pure: data, window and width in; numbers out.
 */
import type { Actor, Period, TimelineEvent } from '../model/types.ts';
import { estimateTextWidth, truncate } from './labels.ts';
import { markExtent, markGeometry, POINT_RADIUS, type MarkGeometry } from './marks.ts';
import { layoutLanes, packRows, type Lane, type Placement } from './pack.ts';
import { windowToScale, type TimeWindow } from './scale.ts';

export type LayoutMode = 'compact' | 'actors';

export interface TimelineLayoutOptions {
	rowHeight?: number;
	fontSize?: number;
	/** Labels longer than this (px) are truncated with "…"; the full title shows on hover/focus. */
	maxLabelWidth?: number;
	/** Rows in which labels may still be placed; deeper rows hold marks only. */
	maxRows?: number;
	/** Height of a lane's heading in the by-actor layout. */
	laneHeader?: number;
}

export interface PlacedMark {
	/** Unique per drawn mark: the event id, plus `@lane` in the by-actor layout. */
	key: string;
	eventId: string;
	laneId: string | null;
	geom: MarkGeometry;
	/** Drawn horizontal extent (points include their radius). */
	x0: number;
	x1: number;
	/** Vertical centre of the row. */
	y: number;
	row: number;
	labelVisible: boolean;
	labelX: number;
	/** The title, truncated to the maximum label width, and its estimated width. */
	label: string;
	labelWidth: number;
}

export interface PlacedLane extends Lane {
	y0: number;
	y1: number;
}

/** A vertical connector joining one event's marks in several lanes. */
export interface Join {
	eventId: string;
	x: number;
	y0: number;
	y1: number;
}

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
}

export interface TimelineLayout {
	marks: PlacedMark[];
	lanes: PlacedLane[];
	joins: Join[];
	periods: PeriodBand[];
	height: number;
	rowHeight: number;
}

const LABEL_GAP = 5;
const LABEL_SAFETY = 1.15;

/** Lays out `events` (already filtered, in time order) for the window and width given. */
export function layoutTimeline(
	events: readonly TimelineEvent[],
	actors: readonly Actor[],
	periods: readonly Period[],
	window: TimeWindow,
	width: number,
	mode: LayoutMode,
	opts: TimelineLayoutOptions = {}
): TimelineLayout {
	const rowHeight = opts.rowHeight ?? 26;
	const fontSize = opts.fontSize ?? 12;
	const maxLabel = opts.maxLabelWidth ?? 240;
	const laneHeader = opts.laneHeader ?? 22;
	const maxRows = opts.maxRows ?? (mode === 'compact' ? 8 : 3);
	const w = Number.isFinite(width) && width > 0 ? width : 0;
	const scale = windowToScale(window, Math.max(w, 1));

	interface Item {
		event: TimelineEvent;
		geom: MarkGeometry;
		x0: number;
		x1: number;
		label: string;
		textWidth: number;
		labelWidth: number;
	}
	const items: Item[] = [];
	for (const event of events) {
		const geom = markGeometry(event, scale);
		if (!Number.isFinite(geom.cx)) continue;
		const extent = markExtent(geom, POINT_RADIUS);
		const label = truncate(event.title, maxLabel, fontSize);
		// A margin over the estimate: fallback fonts (DejaVu Sans) run wider than Arial-like ones.
		const text = estimateTextWidth(label, fontSize) * LABEL_SAFETY;
		items.push({
			event,
			geom,
			x0: extent.x0,
			x1: extent.x1,
			label,
			textWidth: text,
			labelWidth: extent.x1 - extent.x0 + LABEL_GAP + text
		});
	}

	const periodBands = layoutPeriods(periods, scale, w, fontSize - 1);

	const place = (item: Item, placement: Placement, y: number, laneId: string | null) => ({
		key: laneId ? `${item.event.id}@${laneId}` : item.event.id,
		eventId: item.event.id,
		laneId,
		geom: item.geom,
		x0: item.x0,
		x1: item.x1,
		y,
		row: placement.row,
		labelVisible: placement.labelVisible,
		labelX: item.x1 + LABEL_GAP,
		label: item.label,
		labelWidth: item.textWidth
	});

	const packInput = items.map((it) => ({
		id: it.event.id,
		x0: it.x0,
		x1: it.x1,
		labelWidth: it.labelWidth,
		actors: it.event.actors
	}));

	if (mode === 'compact') {
		const { placements, rowCount } = packRows(packInput, { maxRows });
		const marks: PlacedMark[] = [];
		for (const item of items) {
			const p = placements.get(item.event.id);
			if (p) marks.push(place(item, p, (p.row + 0.5) * rowHeight, null));
		}
		return {
			marks,
			lanes: [],
			joins: [],
			periods: periodBands,
			height: Math.max(1, rowCount) * rowHeight,
			rowHeight
		};
	}

	const { lanes, placements } = layoutLanes(packInput, actors, { maxRows });
	const placedLanes: PlacedLane[] = [];
	const rowY = new Map<string, (row: number) => number>();
	let y = 0;
	for (const lane of lanes) {
		const y0 = y;
		const top = y0 + laneHeader;
		const y1 = top + lane.rowCount * rowHeight;
		placedLanes.push({ ...lane, y0, y1 });
		rowY.set(lane.id, (row) => top + (row - lane.rowOffset + 0.5) * rowHeight);
		y = y1;
	}
	const marks: PlacedMark[] = [];
	const byEvent = new Map<string, PlacedMark[]>();
	const itemById = new Map(items.map((it) => [it.event.id, it]));
	for (const lane of lanes) {
		const laneMarks = placements.get(lane.id);
		if (!laneMarks) continue;
		const toY = rowY.get(lane.id)!;
		for (const [eventId, p] of laneMarks) {
			const item = itemById.get(eventId);
			if (!item) continue;
			const mark = place(item, p, toY(p.row), lane.id);
			marks.push(mark);
			const list = byEvent.get(eventId);
			if (list) list.push(mark);
			else byEvent.set(eventId, [mark]);
		}
	}
	// Time order, then lane order: the order keyboard users move through.
	const order = new Map(items.map((it, i) => [it.event.id, i]));
	marks.sort((a, b) => order.get(a.eventId)! - order.get(b.eventId)! || a.y - b.y);
	const joins: Join[] = [];
	for (const [eventId, list] of byEvent) {
		if (list.length < 2) continue;
		const ys = list.map((m) => m.y);
		joins.push({ eventId, x: list[0].geom.cx, y0: Math.min(...ys), y1: Math.max(...ys) });
	}
	return {
		marks,
		lanes: placedLanes,
		joins,
		periods: periodBands,
		height: Math.max(y, rowHeight),
		rowHeight
	};
}

/** Marks worth drawing: those whose mark or visible label reaches into [0, width]. */
export function cullMarks(marks: readonly PlacedMark[], width: number, slack = 40): PlacedMark[] {
	return marks.filter((m) => {
		const right = m.labelVisible ? m.labelX + m.labelWidth : m.x1;
		return right >= -slack && m.x0 <= width + slack;
	});
}

/** Period bands, their titles truncated to the visible part and stacked where bands overlap. */
function layoutPeriods(
	periods: readonly Period[],
	scale: (t: number) => number,
	width: number,
	fontSize: number
): PeriodBand[] {
	const bands = periods.map((p, i) => {
		const x0 = scale(p.start);
		const x1 = scale(p.end);
		const visible = Math.min(width, x1) - Math.max(0, x0);
		const label = visible > 12 ? truncate(p.title, visible - 8, fontSize) : '';
		return { id: p.id, title: p.title, x0, x1, shade: (i % 2) as 0 | 1, labelRow: 0, label };
	});
	const items = bands
		.filter((b) => b.label)
		.map((b) => {
			const left = Math.max(0, b.x0);
			const text = estimateTextWidth(b.label, fontSize) * LABEL_SAFETY + 8;
			return { id: b.id, x0: left, x1: left + text, labelWidth: text };
		});
	const { placements } = packRows(items, { gap: 4, maxRows: 100 });
	for (const b of bands) b.labelRow = placements.get(b.id)?.row ?? 0;
	return bands;
}
