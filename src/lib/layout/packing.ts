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
import { layoutLanes, packRows, type Lane } from './pack.ts';

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

interface Item {
	event: TimelineEvent;
	x0: number;
	x1: number;
	label: LabelInfo;
	side: 'right' | 'left';
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

	const items = new Map<string, Item>();
	const packInput: { id: string; x0: number; x1: number; labelWidth: number; actors: string[] }[] =
		[];
	let maxDuration = 0;
	let maxLabel = 0;
	// The camera never goes past the data's end (plus a little): a label that would run past it
	// goes left of its mark, where the chart always has room.
	let dataEnd = -Infinity;
	for (const event of events)
		if (Number.isFinite(event.end)) dataEnd = Math.max(dataEnd, event.end);
	const endX = x(dataEnd);
	for (const event of events) {
		const geom = markGeometry(event, x);
		if (!Number.isFinite(geom.cx)) continue;
		const extent = markExtent(geom, POINT_RADIUS);
		const label = measured.get(event.id) ?? { text: event.title, width: 0 };
		const left =
			extent.x1 - extent.x0 < 40 &&
			extent.x1 + LABEL_GAP + label.width > endX &&
			extent.x0 - LABEL_GAP - label.width >= 0;
		items.set(event.id, {
			event,
			x0: extent.x0,
			x1: extent.x1,
			label,
			side: left ? 'left' : 'right'
		});
		// A label runs right of its mark (or left of it): the row keeps room for both.
		const from = left ? extent.x0 - LABEL_GAP - label.width : extent.x0;
		packInput.push({
			id: event.id,
			x0: from,
			x1: extent.x1,
			labelWidth: left ? 0 : extent.x1 - extent.x0 + LABEL_GAP + label.width,
			actors: event.actors
		});
		maxDuration = Math.max(maxDuration, (extent.x1 - extent.x0) / scale);
		maxLabel = Math.max(maxLabel, label.width);
	}

	const mark = (item: Item, row: number, y: number, laneId: string | null): PackedMark => ({
		key: laneId ? `${item.event.id}@${laneId}` : item.event.id,
		event: item.event,
		laneId,
		row,
		y,
		label: item.label.text,
		labelWidth: item.label.width,
		labelSide: item.side
	});

	const group = (ids: readonly string[], laneId: string | null, y: number): PackedCluster[] => {
		const members: GroupItem[] = [];
		for (const id of ids) {
			const it = items.get(id);
			if (it) members.push({ id, x0: it.x0, x1: it.x1, start: it.event.start, end: it.event.end });
		}
		return groupItems(members, { fontSize: o.fontSize, safety: LABEL_SAFETY }).map((g) => ({
			key: `${laneId ?? ''}|${g.ids[0]}`,
			laneId,
			y,
			start: g.start,
			end: g.end,
			ids: g.ids,
			label: g.label,
			labelWidth: g.labelWidth
		}));
	};

	const byStart = (a: PackedMark, b: PackedMark) =>
		a.event.start - b.event.start || a.event.order - b.event.order || a.y - b.y;
	const common = { k: scale, mode, rowHeight: o.rowHeight, maxDuration, maxLabel };
	const limits = { maxRows: o.rowLimit, rowLimit: o.rowLimit, requireLabel: true };

	if (mode === 'compact') {
		const { placements, rowCount, overflow } = packRows(packInput, limits);
		const marks: PackedMark[] = [];
		for (const item of items.values()) {
			const p = placements.get(item.event.id);
			if (p) marks.push(mark(item, p.row, (p.row + 0.5) * o.rowHeight, null));
		}
		marks.sort(byStart);
		const rows = Math.max(1, rowCount) + (overflow.length > 0 ? 1 : 0);
		const clusters = group(overflow, null, (rows - 0.5) * o.rowHeight);
		return { ...common, marks, clusters, lanes: [], height: rows * o.rowHeight };
	}

	const { lanes, placements, overflow } = layoutLanes(packInput, actors, limits);
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
			if (item)
				marks.push(mark(item, p.row, top + (p.row - lane.rowOffset + 0.5) * o.rowHeight, lane.id));
		}
		const spill = overflow.get(lane.id);
		if (spill) clusters.push(...group(spill, lane.id, y1 - 0.5 * o.rowHeight));
		y = y1;
	}
	marks.sort(byStart);
	clusters.sort((a, b) => a.start - b.start);
	return { ...common, marks, clusters, lanes: placedLanes, height: Math.max(y, o.rowHeight) };
}
