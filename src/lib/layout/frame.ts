/**
 * The per-frame stage: positions for the marks and groups in view (with a margin) for the
 * current window, found by binary search, so a frame costs what is on screen, not the dataset.
 * Labels are placed here, where the window is known: right of their mark as packed, pinned to
 * the visible left edge for bars and spans that start outside the window, and kept inside the
 * chart at the right edge (shortened, or moved left of a point where the row is free there).
 * Pure: the packing, a window and a width in; numbers out.
 */
import { bisector } from 'd3';
import type { Actor, Period, TimelineEvent } from '../model/types.ts';
import { placeLabel, type RowEnd } from './place-label.ts';
import { markExtent, markGeometry, POINT_RADIUS, type MarkGeometry } from './marks.ts';
import {
	LABEL_GAP,
	packTimeline,
	type LayoutMode,
	type PackedCluster,
	type PackedMark,
	type PackedTimeline,
	type PlacedLane,
	type TimelineLayoutOptions
} from './packing.ts';
import { layoutPeriods, type PeriodBand } from './periods.ts';
import { windowToScale, type TimeWindow } from './scale.ts';

/** How far past the chart's edges bars and spans are drawn. */
const EDGE = 60;

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
	/** The label as drawn (the title, truncated to fit), and its estimated width. */
	label: string;
	labelWidth: number;
}

export interface PlacedCluster {
	key: string;
	laneId: string | null;
	x0: number;
	x1: number;
	y: number;
	start: number;
	end: number;
	count: number;
	ids: string[];
	/** "7 events, 4–22 June 2024" (shortened to fit, '' if nothing fits) and where it starts. */
	label: string;
	labelX: number;
	labelWidth: number;
}

/** A vertical connector joining one event's marks in several lanes. */
export interface Join {
	eventId: string;
	x: number;
	y0: number;
	y1: number;
}

export interface TimelineLayout {
	marks: PlacedMark[];
	clusters: PlacedCluster[];
	lanes: PlacedLane[];
	joins: Join[];
	periods: PeriodBand[];
	height: number;
	rowHeight: number;
}

const NO_ROW: RowEnd = { right: -Infinity, last: null };
const byStart = bisector((m: PackedMark) => m.event.start).left;
const clusterByStart = bisector((c: PackedCluster) => c.start).left;

/**
 * Positions what is in view for the current window. `stale` says the packing was done at
 * another zoom level (mid-gesture): marks keep their rows, labels are hidden so they can never
 * overlap, and the next settled packing brings them back.
 */
export function frameLayout(
	packed: PackedTimeline,
	window: TimeWindow,
	width: number,
	periods: readonly Period[] = [],
	stale = false,
	fontSize = 12,
	labelEdge = width
): TimelineLayout {
	const w = Number.isFinite(width) && width > 0 ? width : 0;
	/** Labels end here: the plot's right edge, or the details' left edge while they lie over it. */
	const lw = Number.isFinite(labelEdge) ? Math.min(w, Math.max(0, labelEdge)) : w;
	const scale = windowToScale(window, Math.max(w, 1));
	const perPx = (window.end - window.start) / Math.max(w, 1);
	const margin = 40 * perPx;
	const from = window.start - packed.maxDuration - (packed.maxLabel + 20) * perPx - margin;
	const to = window.end + margin;

	const marks: PlacedMark[] = [];
	/** Per row, what this frame has placed in it so far. */
	const rows = new Map<string, RowEnd>();
	for (let i = byStart(packed.marks, from); i < packed.marks.length; i++) {
		const m = packed.marks[i];
		if (m.event.start > to) break;
		const full = markGeometry(m.event, scale);
		if (!Number.isFinite(full.cx)) continue;
		// Bars and spans are cut to the view (plus a margin): a two-year bar at day zoom would
		// otherwise be a 100,000 px shape, which browsers paint slowly, dashes and all.
		const geom =
			full.shape === 'point'
				? full
				: { ...full, x0: Math.max(full.x0, -EDGE), x1: Math.min(full.x1, w + EDGE) };
		if (geom.x1 < geom.x0) continue;
		const extent = markExtent(geom, POINT_RADIUS);
		const rowKey = `${m.laneId ?? ''}|${m.row}`;
		const row = rows.get(rowKey) ?? { right: -Infinity, last: null };
		const placed = stale
			? null
			: placeLabel(
					m.labelSide,
					geom.shape,
					extent.x0,
					extent.x1,
					m.label,
					m.labelWidth,
					lw,
					row,
					fontSize
				);
		const right = placed ? Math.max(extent.x1, placed.x + placed.width) : extent.x1;
		// The plot is clipped at its edges: a mark that starts past the right edge is not drawn.
		if (right < -40 || extent.x0 > w) continue;
		const placedMark: PlacedMark = {
			key: m.key,
			eventId: m.event.id,
			laneId: m.laneId,
			geom,
			x0: extent.x0,
			x1: extent.x1,
			y: m.y,
			row: m.row,
			labelVisible: placed !== null,
			labelX: placed?.x ?? extent.x1 + LABEL_GAP,
			label: placed?.text ?? m.label,
			labelWidth: placed?.width ?? m.labelWidth
		};
		marks.push(placedMark);
		rows.set(rowKey, { right: right + LABEL_GAP, last: placedMark });
	}

	const clusters: PlacedCluster[] = [];
	for (
		let i = clusterByStart(packed.clusters, from);
		i < packed.clusters.length && packed.clusters[i].start <= to;
		i++
	) {
		const c = packed.clusters[i];
		const x0 = Math.max(scale(c.start) - POINT_RADIUS, -EDGE);
		const x1 = Math.min(Math.max(x0 + 12, scale(c.end) + POINT_RADIUS), w + EDGE);
		if (x1 < 0 || x0 > w) continue;
		const placed = placeLabel('right', 'bar', x0, x1, c.label, c.labelWidth, w, NO_ROW, fontSize);
		clusters.push({
			key: c.key,
			laneId: c.laneId,
			x0,
			x1,
			y: c.y,
			start: c.start,
			end: c.end,
			count: c.ids.length,
			ids: c.ids,
			label: placed?.text ?? '',
			labelX: placed?.x ?? x1 + LABEL_GAP,
			labelWidth: placed?.width ?? 0
		});
	}

	return {
		marks,
		clusters,
		lanes: packed.lanes,
		joins: packed.mode === 'actors' ? joinsOf(marks) : [],
		periods: layoutPeriods(periods, scale, w, fontSize - 1),
		height: packed.height,
		rowHeight: packed.rowHeight
	};
}

/** Connectors between one event's marks in several lanes. */
function joinsOf(marks: readonly PlacedMark[]): Join[] {
	const byEvent = new Map<string, PlacedMark[]>();
	for (const m of marks) {
		const list = byEvent.get(m.eventId);
		if (list) list.push(m);
		else byEvent.set(m.eventId, [m]);
	}
	const joins: Join[] = [];
	for (const [eventId, list] of byEvent) {
		if (list.length < 2) continue;
		const ys = list.map((m) => m.y);
		joins.push({ eventId, x: list[0].geom.cx, y0: Math.min(...ys), y1: Math.max(...ys) });
	}
	return joins;
}

/** Both stages at once: the layout for one window (tests, static renderings). */
export function layoutTimeline(
	events: readonly TimelineEvent[],
	actors: readonly Actor[],
	periods: readonly Period[],
	window: TimeWindow,
	width: number,
	mode: LayoutMode,
	options: TimelineLayoutOptions = {}
): TimelineLayout {
	const w = Number.isFinite(width) && width > 0 ? width : 1;
	const k = w / Math.max(1, window.end - window.start);
	const packed = packTimeline(events, actors, mode, k, options);
	return frameLayout(packed, window, width, periods, false, options.fontSize ?? 12);
}
