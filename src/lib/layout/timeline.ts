/**
 * The timeline's geometry, in two stages so that large datasets stay fluid:
 *
 * 1. `packTimeline` (at one zoom level, k px per ms): which row (compact) or which rows in which
 *    actor lanes (by actor) each event takes, which labels fit, and — beyond a row limit — which
 *    events are gathered into clusters. Panning never changes it (packing only depends on
 *    distances), so it is computed once per zoom level and reused while the reader pans.
 * 2. `frameLayout` (per frame): positions for the marks and clusters that are in view, from the
 *    current window, found by binary search, so a frame costs what is on screen, not the dataset.
 *
 * Pure: data, window and width in; numbers out.
 */
import type { Actor, Period, TimelineEvent } from '../model/types.ts';
import { estimateTextWidth, truncate } from './labels.ts';
import {
	markExtent,
	markGeometry,
	POINT_RADIUS,
	type MarkGeometry,
	type MarkShape
} from './marks.ts';
import { layoutLanes, packRows, type Lane } from './pack.ts';
import { windowToScale, type TimeWindow } from './scale.ts';

export type LayoutMode = 'compact' | 'actors';

export interface TimelineLayoutOptions {
	rowHeight?: number;
	fontSize?: number;
	/** Labels longer than this (px) are truncated with "…"; the full title shows on hover/focus. */
	maxLabelWidth?: number;
	/** Rows in which labels may still be placed; deeper rows hold marks only. */
	maxRows?: number;
	/** Rows (per lane in the by-actor layout) beyond which events are gathered into clusters. */
	rowLimit?: number;
	/** Height of a lane's heading in the by-actor layout. */
	laneHeader?: number;
	/** Width in px of a cluster's time bin. */
	clusterWidth?: number;
}

/** A label's text (truncated) and its estimated width in px. */
export interface LabelInfo {
	text: string;
	width: number;
}

const LABEL_GAP = 5;
/** How far past the chart's edges bars and spans are drawn. */
const EDGE = 60;
/** A margin over the estimate: fallback fonts (DejaVu Sans) run wider than Arial-like ones. */
const LABEL_SAFETY = 1.15;

/** Every event's label, measured once per dataset (widths do not depend on the zoom). */
export function measureLabels(
	events: readonly Pick<TimelineEvent, 'id' | 'title'>[],
	fontSize = 12,
	maxLabelWidth = 240
): Map<string, LabelInfo> {
	const out = new Map<string, LabelInfo>();
	for (const e of events) {
		const text = truncate(e.title, maxLabelWidth, fontSize);
		out.set(e.id, { text, width: estimateTextWidth(text, fontSize) * LABEL_SAFETY });
	}
	return out;
}

/** One event's mark as packed: its row and lane; positions come per frame. */
export interface PackedMark {
	key: string;
	event: TimelineEvent;
	laneId: string | null;
	row: number;
	y: number;
	labelVisible: boolean;
	label: string;
	labelWidth: number;
}

/** Events gathered into one time bin of one lane, where the rows were full. */
export interface PackedCluster {
	key: string;
	laneId: string | null;
	y: number;
	start: number;
	end: number;
	ids: string[];
}

export interface PlacedLane extends Lane {
	y0: number;
	y1: number;
}

export interface PackedTimeline {
	/** The zoom level packed for: px per ms. */
	k: number;
	mode: LayoutMode;
	/** Sorted by the event's start. */
	marks: PackedMark[];
	clusters: PackedCluster[];
	lanes: PlacedLane[];
	height: number;
	rowHeight: number;
	/** Longest mark in time (ms), to find marks that start before the window but reach into it. */
	maxDuration: number;
	/** Widest label (px), to find labels that start before the window but reach into it. */
	maxLabel: number;
}

function opts(o: TimelineLayoutOptions, mode: LayoutMode) {
	return {
		rowHeight: o.rowHeight ?? 26,
		fontSize: o.fontSize ?? 12,
		maxLabel: o.maxLabelWidth ?? 240,
		laneHeader: o.laneHeader ?? 22,
		maxRows: o.maxRows ?? (mode === 'compact' ? 8 : 3),
		rowLimit: o.rowLimit ?? (mode === 'compact' ? 40 : 8),
		clusterWidth: o.clusterWidth ?? 18
	};
}

/** Packs `events` (filtered, in time order) at `k` px per ms. */
export function packTimeline(
	events: readonly TimelineEvent[],
	actors: readonly Actor[],
	mode: LayoutMode,
	k: number,
	options: TimelineLayoutOptions = {},
	labels?: ReadonlyMap<string, LabelInfo>
): PackedTimeline {
	const o = opts(options, mode);
	const scale = Number.isFinite(k) && k > 0 ? k : 1e-9;
	const origin = events.length > 0 ? events[0].start : 0;
	const x = (t: number) => (t - origin) * scale;
	const measured = labels ?? measureLabels(events, o.fontSize, o.maxLabel);

	interface Item {
		event: TimelineEvent;
		geom: MarkGeometry;
		x0: number;
		x1: number;
		label: LabelInfo;
	}
	const items = new Map<string, Item>();
	const packInput: { id: string; x0: number; x1: number; labelWidth: number; actors: string[] }[] =
		[];
	let maxDuration = 0;
	let maxLabel = 0;
	for (const event of events) {
		const geom = markGeometry(event, x);
		if (!Number.isFinite(geom.cx)) continue;
		const extent = markExtent(geom, POINT_RADIUS);
		const label = measured.get(event.id) ?? { text: event.title, width: 0 };
		items.set(event.id, { event, geom, x0: extent.x0, x1: extent.x1, label });
		packInput.push({
			id: event.id,
			x0: extent.x0,
			x1: extent.x1,
			labelWidth: extent.x1 - extent.x0 + LABEL_GAP + label.width,
			actors: event.actors
		});
		maxDuration = Math.max(maxDuration, (extent.x1 - extent.x0) / scale);
		maxLabel = Math.max(maxLabel, label.width);
	}

	const mark = (
		item: Item,
		row: number,
		y: number,
		laneId: string | null,
		labelVisible: boolean
	) => ({
		key: laneId ? `${item.event.id}@${laneId}` : item.event.id,
		event: item.event,
		laneId,
		row,
		y,
		labelVisible,
		label: item.label.text,
		labelWidth: item.label.width
	});

	/** Bins the overflowing events of one lane by their centre, in `clusterWidth` px bins. */
	const cluster = (ids: readonly string[], laneId: string | null, y: number): PackedCluster[] => {
		const bins = new Map<number, PackedCluster>();
		for (const id of ids) {
			const item = items.get(id);
			if (!item) continue;
			const bin = Math.floor(item.geom.cx / o.clusterWidth);
			let c = bins.get(bin);
			if (!c) {
				const start = origin + (bin * o.clusterWidth) / scale;
				c = {
					key: `${laneId ?? ''}|${bin}`,
					laneId,
					y,
					start,
					end: start + o.clusterWidth / scale,
					ids: []
				};
				bins.set(bin, c);
			}
			c.ids.push(id);
		}
		return [...bins.values()].sort((a, b) => a.start - b.start);
	};

	const byStart = (a: PackedMark, b: PackedMark) =>
		a.event.start - b.event.start || a.event.order - b.event.order || a.y - b.y;

	if (mode === 'compact') {
		const { placements, rowCount, overflow } = packRows(packInput, {
			maxRows: o.maxRows,
			rowLimit: o.rowLimit
		});
		const marks: PackedMark[] = [];
		for (const item of items.values()) {
			const p = placements.get(item.event.id);
			if (p) marks.push(mark(item, p.row, (p.row + 0.5) * o.rowHeight, null, p.labelVisible));
		}
		marks.sort(byStart);
		const rows = Math.max(1, rowCount) + (overflow.length > 0 ? 1 : 0);
		const clusters = cluster(overflow, null, (rows - 0.5) * o.rowHeight);
		return {
			k: scale,
			mode,
			marks,
			clusters,
			lanes: [],
			height: rows * o.rowHeight,
			rowHeight: o.rowHeight,
			maxDuration,
			maxLabel
		};
	}

	const { lanes, placements, overflow } = layoutLanes(packInput, actors, {
		maxRows: o.maxRows,
		rowLimit: o.rowLimit
	});
	const placedLanes: PlacedLane[] = [];
	const marks: PackedMark[] = [];
	const clusters: PackedCluster[] = [];
	let y = 0;
	for (const lane of lanes) {
		const extra = overflow.has(lane.id) ? 1 : 0;
		const y0 = y;
		const top = y0 + o.laneHeader;
		const y1 = top + (lane.rowCount + extra) * o.rowHeight;
		placedLanes.push({ ...lane, rowCount: lane.rowCount + extra, y0, y1 });
		for (const [eventId, p] of placements.get(lane.id) ?? []) {
			const item = items.get(eventId);
			if (!item) continue;
			const rowY = top + (p.row - lane.rowOffset + 0.5) * o.rowHeight;
			marks.push(mark(item, p.row, rowY, lane.id, p.labelVisible));
		}
		const spill = overflow.get(lane.id);
		if (spill) clusters.push(...cluster(spill, lane.id, y1 - 0.5 * o.rowHeight));
		y = y1;
	}
	marks.sort(byStart);
	clusters.sort((a, b) => a.start - b.start);
	return {
		k: scale,
		mode,
		marks,
		clusters,
		lanes: placedLanes,
		height: Math.max(y, o.rowHeight),
		rowHeight: o.rowHeight,
		maxDuration,
		maxLabel
	};
}

// --- per frame ----------------------------------------------------------------------------------

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
	clusters: PlacedCluster[];
	lanes: PlacedLane[];
	joins: Join[];
	periods: PeriodBand[];
	height: number;
	rowHeight: number;
}

/** First index in `sorted` whose key is >= `value`. */
function lowerBound<T>(sorted: readonly T[], value: number, key: (t: T) => number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (key(sorted[mid]) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Positions what is in view (with a margin) for the current window. `stale` says the packing
 * was done at another zoom level (mid-gesture): marks keep their rows, labels are hidden so they
 * can never overlap, and the next settled packing brings them back.
 */
export function frameLayout(
	packed: PackedTimeline,
	window: TimeWindow,
	width: number,
	periods: readonly Period[] = [],
	stale = false,
	fontSize = 12
): TimelineLayout {
	const w = Number.isFinite(width) && width > 0 ? width : 0;
	const scale = windowToScale(window, Math.max(w, 1));
	const perPx = (window.end - window.start) / Math.max(w, 1);
	const margin = 40 * perPx;
	const from = window.start - packed.maxDuration - (packed.maxLabel + 20) * perPx - margin;
	const to = window.end + margin;

	const marks: PlacedMark[] = [];
	for (let i = lowerBound(packed.marks, from, (m) => m.event.start); i < packed.marks.length; i++) {
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
		const labelVisible = m.labelVisible && !stale;
		const labelX = extent.x1 + LABEL_GAP;
		const right = labelVisible ? labelX + m.labelWidth : extent.x1;
		if (right < -40 || extent.x0 > w + 40) continue;
		marks.push({
			key: m.key,
			eventId: m.event.id,
			laneId: m.laneId,
			geom,
			x0: extent.x0,
			x1: extent.x1,
			y: m.y,
			row: m.row,
			labelVisible,
			labelX,
			label: m.label,
			labelWidth: m.labelWidth
		});
	}

	const clusters: PlacedCluster[] = [];
	for (
		let i = lowerBound(packed.clusters, window.start - margin - 18 * perPx, (c) => c.start);
		i < packed.clusters.length;
		i++
	) {
		const c = packed.clusters[i];
		if (c.start > to) break;
		const x0 = scale(c.start);
		const x1 = Math.max(x0 + 6, scale(c.end) - 2);
		if (x1 < 0 || x0 > w) continue;
		clusters.push({
			key: c.key,
			laneId: c.laneId,
			x0,
			x1,
			y: c.y,
			start: c.start,
			end: c.end,
			count: c.ids.length,
			ids: c.ids
		});
	}

	const joins: Join[] = [];
	if (packed.mode === 'actors') {
		const byEvent = new Map<string, PlacedMark[]>();
		for (const m of marks) {
			const list = byEvent.get(m.eventId);
			if (list) list.push(m);
			else byEvent.set(m.eventId, [m]);
		}
		for (const [eventId, list] of byEvent) {
			if (list.length < 2) continue;
			const ys = list.map((m) => m.y);
			joins.push({ eventId, x: list[0].geom.cx, y0: Math.min(...ys), y1: Math.max(...ys) });
		}
	}

	return {
		marks,
		clusters,
		lanes: packed.lanes,
		joins,
		periods: layoutPeriods(periods, scale, w, fontSize - 1),
		height: packed.height,
		rowHeight: packed.rowHeight
	};
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

/** Which shape a mark takes, for renderers that do not need the full geometry. */
export type { MarkShape };
