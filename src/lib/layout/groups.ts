/**
 * Labelled groups: where even more rows cannot hold every event with its label, the events that
 * fit nowhere are gathered, by time, into groups that say what they hold ("7 events, 4–22 June
 * 2024"). A group grows while the next event would fall under its own label, so groups laid in
 * one row never overlap one another, labels included. Pure: px positions in, groups out.
 */
import { dayRangeParts } from '../model/dates.ts';
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

const countPart = (count: number) => `${COUNT.format(count)} ${count === 1 ? 'event' : 'events'}, `;
const DAY = 86_400_000;
/** More days than years 0001–9999 hold (either side of 1970): a pair of days as one number. */
const DAYS_APART = 8_000_000;

function remember<K>(memo: Map<K, number>, key: K, work: () => number): number {
	let value = memo.get(key);
	if (value === undefined) memo.set(key, (value = work()));
	return value;
}

/** The group's label: how many events, and when. */
export function groupLabel(count: number, start: number, end: number): string {
	return countPart(count) + dayRangeParts(start, Math.max(start, end - 1)).join('');
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
	const byX0 = (a: GroupItem, b: GroupItem) => a.x0 - b.x0 || a.start - b.start;
	const sorted = items.filter((i) => Number.isFinite(i.x0) && Number.isFinite(i.x1));
	// Packing hands them over nearly always in order already: checked faster than sorted.
	if (sorted.some((it, i) => i > 0 && byX0(sorted[i - 1], it) > 0)) sorted.sort(byX0);
	const groups: EventGroup[] = [];
	let current: EventGroup | null = null;
	// A group's label is written once it is complete; while it grows only its width is needed:
	// its count's width (one per number of digits) plus its days' (one per pair of days, the sum
	// of their pieces' widths, each piece measured once: a dense dataset shares a few days, a long
	// one a few hundred day numbers, month names and years).
	const pieces = new Map<string, number>();
	const counts = new Map<number, number>();
	const days = new Map<number, number>();
	const measure = (g: EventGroup) => {
		const n = g.ids.length;
		// Every digit is as wide as another, so the count's width depends only on how many it has.
		const digits = n === 1 ? 0 : String(n).length;
		const count = remember(counts, digits, () => estimateTextWidth(countPart(n), fontSize));
		const last = Math.max(g.start, g.end - 1);
		const key = Math.floor(g.start / DAY) * DAYS_APART + Math.floor(last / DAY);
		const when = remember(days, key, () => {
			let w = 0;
			for (const piece of dayRangeParts(g.start, last)) {
				w += remember(pieces, piece, () => estimateTextWidth(piece, fontSize));
			}
			return w;
		});
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
