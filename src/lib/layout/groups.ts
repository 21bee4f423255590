/**
 * Labelled groups: where even more rows cannot hold every event with its label, the events that
 * fit nowhere are gathered, by time, into groups that say what they hold ("7 events, 4–22 June
 * 2024"). A group grows while the next event would fall under its own label, so groups laid in
 * one row never overlap one another, labels included. Pure: px positions in, groups out.
 */
import { edtf, formatRange, isoDay } from '../model/dates.ts';
import { estimateTextWidth } from './labels.ts';

/** An event that did not fit, with its drawn extent (px at the packing scale) and its dates. */
export interface GroupItem {
	id: string;
	x0: number;
	x1: number;
	start: number;
	end: number;
}

export interface EventGroup {
	ids: string[];
	/** The members' span of time, UTC ms. */
	start: number;
	end: number;
	/** Extent at the packing scale (px). */
	x0: number;
	x1: number;
	label: string;
	labelWidth: number;
}

const COUNT = new Intl.NumberFormat('en-GB');
const DAY = 86_400_000;

const countPart = (count: number) => `${COUNT.format(count)} ${count === 1 ? 'event' : 'events'}, `;
const whenPart = (start: number, end: number) =>
	formatRange(edtf(isoDay(start)), edtf(isoDay(Math.max(start, end - 1))));

function remember<K>(memo: Map<K, number>, key: K, work: () => number): number {
	let value = memo.get(key);
	if (value === undefined) memo.set(key, (value = work()));
	return value;
}

/** The group's label: how many events, and when. */
export function groupLabel(count: number, start: number, end: number): string {
	return countPart(count) + whenPart(start, end);
}

/**
 * Gathers `items` into groups, left to right. `gap` px separate a label from the next group;
 * `labelGap` px separate a group's bar from its label; widths are scaled by `safety`.
 */
export function groupItems(
	items: readonly GroupItem[],
	opts: { gap?: number; labelGap?: number; fontSize?: number; safety?: number } = {}
): EventGroup[] {
	const gap = opts.gap ?? 8;
	const labelGap = opts.labelGap ?? 5;
	const fontSize = opts.fontSize ?? 12;
	const safety = opts.safety ?? 1.15;
	const sorted = items
		.filter((i) => Number.isFinite(i.x0) && Number.isFinite(i.x1))
		.sort((a, b) => a.x0 - b.x0 || a.start - b.start);
	const groups: EventGroup[] = [];
	let current: EventGroup | null = null;
	// A group's label is written once it is complete; while it grows only its width is needed,
	// the sum of its two parts' widths, and the dates' part is the same for every group that
	// spans the same days (thousands of events share a few days in a dense dataset).
	const whenWidths = new Map<string, number>();
	const countWidths = new Map<number, number>();
	const measure = (g: EventGroup) => {
		const days = `${Math.floor(g.start / DAY)}:${Math.floor(Math.max(g.start, g.end - 1) / DAY)}`;
		const n = g.ids.length;
		const when = remember(whenWidths, days, () =>
			estimateTextWidth(whenPart(g.start, g.end), fontSize)
		);
		const count = remember(countWidths, n, () => estimateTextWidth(countPart(n), fontSize));
		g.labelWidth = (count + when) * safety;
	};
	for (const it of sorted) {
		if (current && it.x0 < current.x1 + labelGap + current.labelWidth + gap) {
			current.ids.push(it.id);
			current.x1 = Math.max(current.x1, it.x1);
			current.start = Math.min(current.start, it.start);
			current.end = Math.max(current.end, it.end);
			measure(current);
			continue;
		}
		current = {
			ids: [it.id],
			start: it.start,
			end: it.end,
			x0: it.x0,
			x1: it.x1,
			label: '',
			labelWidth: 0
		};
		measure(current);
		groups.push(current);
	}
	for (const g of groups) g.label = groupLabel(g.ids.length, g.start, g.end);
	return groups;
}
