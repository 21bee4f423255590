/**
 * Packing at one zoom level (k px per ms): which row (compact) or which rows in which actor
 * lanes (by actor) each event takes, with room for its label, and which events are gathered into
 * labelled groups where even the row limit cannot hold them. Labels are first: every row may
 * hold labels, so a busy stretch of time gets more rows (a taller chart) rather than unlabelled
 * marks. Panning never changes the packing (it only depends on distances), so it is computed
 * once per zoom level and reused while the reader pans. Pure: data in, numbers out.
 */
import { perObject } from '../model/memo.ts';
import type { Actor, TimelineEvent } from '../model/types.ts';
import { groupItems, type GroupItem } from './groups.ts';
import { estimateTextWidth, truncateWords } from './labels.ts';
import { markExtent, markGeometry, POINT_RADIUS } from './marks.ts';
import {
	laneColumns,
	packColumns,
	packingOrder,
	type Lane,
	type PackColumns
} from './pack-columns.ts';

export type LayoutMode = 'compact' | 'actors';

export interface TimelineLayoutOptions {
	rowHeight?: number;
	fontSize?: number;
	/** Labels longer than this (px) are truncated with "…"; the full title shows on hover/focus. */
	maxLabelWidth?: number;
	/** Rows (per lane in the by-actor layout) beyond which events are gathered into groups. */
	rowLimit?: number;
	/** Height of a lane's heading in the by-actor layout. */
	laneHeader?: number;
}

/** A label's text (truncated) and its estimated width in px. */
export interface LabelInfo {
	text: string;
	width: number;
}

/** The size of a chart's labels (px). */
export const LABEL_FONT_SIZE = 12;

/** Space between a mark and its label (px). */
export const LABEL_GAP = 5;
/** A margin over the estimate: fallback fonts (DejaVu Sans) run wider than Arial-like ones. */
export const LABEL_SAFETY = 1.15;

/**
 * The widest a label may be in a chart `width` px wide: narrower on a phone, 240 px at most, in
 * steps of 20 px so that resizing re-measures labels only now and then.
 */
export function maxLabelWidth(width: number): number {
	return Math.round(Math.min(240, Math.max(120, width * 0.45)) / 20) * 20;
}

/** Text with no combining marks to limit (the usual title), tested faster than they are sought. */
const ASCII = /^[\x20-\x7e]*$/;

/** The labels measured for one list of events, by size (`fontSize/maxLabelWidth`). */
const measuredFor = perObject<readonly object[], Map<string, ReadonlyMap<string, LabelInfo>>>(
	() => new Map()
);

/**
 * Every event's label, measured once per list of events and size (widths do not depend on the
 * zoom): kept while the list lives, so it can be measured ahead of the frame that draws it.
 */
export function measureLabels(
	events: readonly Pick<TimelineEvent, 'id' | 'title'>[],
	fontSize = 12,
	maxLabelWidth = 240
): ReadonlyMap<string, LabelInfo> {
	const sizes = measuredFor(events);
	const key = `${fontSize}/${maxLabelWidth}`;
	const known = sizes.get(key);
	if (known) return known;
	const out = new Map<string, LabelInfo>();
	for (const e of events) {
		// Stacked combining marks would draw over the rows and the axis: two per letter at most.
		const text = truncateWords(
			ASCII.test(e.title) ? e.title : e.title.replace(/(\p{M}{2})\p{M}+/gu, '$1'),
			maxLabelWidth,
			fontSize
		);
		out.set(e.id, { text, width: estimateTextWidth(text, fontSize) * LABEL_SAFETY });
	}
	sizes.set(key, out);
	return out;
}

/** One event's mark as packed: its row and lane; positions come per frame. */
export interface PackedMark {
	key: string;
	event: TimelineEvent;
	laneId: string | null;
	row: number;
	y: number;
	label: string;
	labelWidth: number;
	/** Left of the mark for events at the end of the data, whose label would run past it. */
	labelSide: 'right' | 'left';
}

/** Events gathered into one labelled group of one lane, where the rows were full. */
export interface PackedCluster {
	key: string;
	laneId: string | null;
	y: number;
	start: number;
	end: number;
	ids: string[];
	/** "7 events, 4–22 June 2024", and its estimated width (px). */
	label: string;
	labelWidth: number;
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
	/** Sorted by start. */
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
		rowLimit: o.rowLimit ?? (mode === 'compact' ? 60 : 10)
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

	// One column per quantity, indexed like `events`: a large dataset packs without an object
	// or a map entry per event. `cols` holds what a row must keep free (label included).
	const n = events.length;
	const cols: PackColumns = {
		x0: new Float64Array(n),
		x1: new Float64Array(n),
		labelWidth: new Float64Array(n)
	};
	const markX0 = new Float64Array(n);
	const info: LabelInfo[] = new Array(n);
	const left = new Uint8Array(n);
	const candidates: number[] = [];
	let maxDuration = 0;
	let maxLabel = 0;
	// The camera never goes past the data's end (plus a little): a label that would run past it
	// goes left of its mark, where the chart always has room.
	let dataEnd = -Infinity;
	for (const event of events)
		if (Number.isFinite(event.end)) dataEnd = Math.max(dataEnd, event.end);
	const endX = x(dataEnd);
	events.forEach((event, i) => {
		const geom = markGeometry(event, x);
		if (!Number.isFinite(geom.cx)) return;
		const extent = markExtent(geom, POINT_RADIUS);
		const label = measured.get(event.id) ?? { text: event.title, width: 0 };
		const toLeft =
			extent.x1 - extent.x0 < 40 &&
			extent.x1 + LABEL_GAP + label.width > endX &&
			extent.x0 - LABEL_GAP - label.width >= 0;
		info[i] = label;
		left[i] = toLeft ? 1 : 0;
		markX0[i] = extent.x0;
		// A label runs right of its mark (or left of it): the row keeps room for both.
		cols.x0[i] = toLeft ? extent.x0 - LABEL_GAP - label.width : extent.x0;
		cols.x1[i] = extent.x1;
		const room = toLeft ? 0 : extent.x1 - extent.x0 + LABEL_GAP + label.width;
		cols.labelWidth[i] = Number.isFinite(room) && room > 0 ? room : 0;
		candidates.push(i);
		maxDuration = Math.max(maxDuration, (extent.x1 - extent.x0) / scale);
		maxLabel = Math.max(maxLabel, label.width);
	});
	const order = packingOrder(cols, (i) => events[i].id, candidates);
	const mark = (i: number, row: number, y: number, laneId: string | null): PackedMark => ({
		key: laneId ? `${events[i].id}@${laneId}` : events[i].id,
		event: events[i],
		laneId,
		row,
		y,
		label: info[i].text,
		labelWidth: info[i].width,
		labelSide: left[i] ? 'left' : 'right'
	});

	const group = (members: readonly number[], laneId: string | null, y: number) =>
		groupItems(
			members.map((i): GroupItem => {
				const e = events[i];
				return { id: e.id, x0: markX0[i], x1: cols.x1[i], start: e.start, end: e.end };
			}),
			{ fontSize: o.fontSize, safety: LABEL_SAFETY }
		).map((g): PackedCluster => ({
			key: `${laneId ?? ''}|${g.ids[0]}`,
			laneId,
			y,
			start: g.start,
			end: g.end,
			ids: g.ids,
			label: g.label,
			labelWidth: g.labelWidth
		}));

	const byStart = (a: PackedMark, b: PackedMark) =>
		a.event.start - b.event.start || a.event.order - b.event.order || a.y - b.y;
	const common = { k: scale, mode, rowHeight: o.rowHeight, maxDuration, maxLabel };
	const limits = { maxRows: o.rowLimit, rowLimit: o.rowLimit, requireLabel: true };

	if (mode === 'compact') {
		const { row, rowCount, overflow } = packColumns(cols, order, limits);
		const marks: PackedMark[] = [];
		for (let i = 0; i < n; i++) {
			if (row[i] >= 0) marks.push(mark(i, row[i], (row[i] + 0.5) * o.rowHeight, null));
		}
		marks.sort(byStart);
		const rows = Math.max(1, rowCount) + (overflow.length > 0 ? 1 : 0);
		const clusters = group(overflow, null, (rows - 0.5) * o.rowHeight);
		return { ...common, marks, clusters, lanes: [], height: rows * o.rowHeight };
	}

	const laid = laneColumns(cols, order, (i) => events[i].actors, actors, limits);
	const placedLanes: PlacedLane[] = [];
	const marks: PackedMark[] = [];
	const clusters: PackedCluster[] = [];
	let y = 0;
	for (const { lane, members, placed } of laid) {
		const extra = placed.overflow.length > 0 ? 1 : 0;
		const y0 = y;
		const top = y0 + o.laneHeader;
		const y1 = top + (lane.rowCount + extra) * o.rowHeight;
		placedLanes.push({ ...lane, rowCount: lane.rowCount + extra, y0, y1 });
		for (const i of members) {
			const r = placed.row[i];
			if (r >= 0) marks.push(mark(i, r + lane.rowOffset, top + (r + 0.5) * o.rowHeight, lane.id));
		}
		if (extra) clusters.push(...group(placed.overflow, lane.id, y1 - 0.5 * o.rowHeight));
		y = y1;
	}
	marks.sort(byStart);
	clusters.sort((a, b) => a.start - b.start);
	return { ...common, marks, clusters, lanes: placedLanes, height: Math.max(y, o.rowHeight) };
}
