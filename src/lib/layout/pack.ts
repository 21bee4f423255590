/**
 * Row packing: deterministic first-fit of marks and their labels into rows, and actor lanes
 * stacked from packed rows. Labels are assumed to start at the mark's x0 and run right.
 */

/** A mark's horizontal extent (px) and the width of its label (px, drawn from x0 rightwards). */
export interface PackItem {
	id: string;
	x0: number;
	x1: number;
	labelWidth: number;
}

export interface Placement {
	row: number;
	labelVisible: boolean;
}

export interface PackOptions {
	/** Minimum px between occupied intervals in a row (default 6). */
	gap?: number;
	/** Rows in which labels may be shown (default 6); marks alone may go deeper. */
	maxRows?: number;
	/**
	 * No row at this depth or deeper is used (default: unlimited). Items that fit nowhere above it
	 * are left out of `placements` and listed in `overflow`, for the caller to aggregate.
	 */
	rowLimit?: number;
	/**
	 * Never place an item without its label: one that fits with its label in no row above
	 * `maxRows` goes to `overflow` (default false: it takes a row where the mark alone fits).
	 */
	requireLabel?: boolean;
}

/** Id of the lane for events without actors. */
export const NO_ACTOR_LANE = '__none';
/** Name of the lane for events without actors. */
export const NO_ACTOR_NAME = 'No actor';

function options(opts: PackOptions | undefined): { gap: number; maxRows: number } {
	const gap = opts?.gap;
	const maxRows = opts?.maxRows;
	return {
		gap: gap !== undefined && Number.isFinite(gap) ? Math.max(0, gap) : 6,
		maxRows:
			maxRows !== undefined && Number.isFinite(maxRows) ? Math.max(0, Math.floor(maxRows)) : 6
	};
}

function byX0ThenId(a: PackItem, b: PackItem): number {
	return a.x0 - b.x0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Packs items into rows, first fit, in order of x0 then id (so input order never matters).
 * An item goes in the first of the first `maxRows` rows where it fits with its label
 * ([x0, max(x1, x0 + labelWidth)]); failing that, in the first row (of any depth) where the
 * mark alone ([x0, x1]) fits, with its label hidden. Occupied intervals in a row are at least
 * `gap` px apart, so marks and visible labels never overlap. Items with non-finite x0/x1 are
 * left out of `placements`; `x1 < x0` is read as the reverse; ids are expected to be unique.
 */
export function packRows(
	items: readonly PackItem[],
	opts?: PackOptions
): { placements: Map<string, Placement>; rowCount: number; overflow: string[] } {
	const { gap, maxRows } = options(opts);
	const limit =
		opts?.rowLimit !== undefined && Number.isFinite(opts.rowLimit)
			? Math.max(1, Math.floor(opts.rowLimit))
			: Infinity;
	const overflow: string[] = [];
	const clean: PackItem[] = [];
	for (const it of items) {
		if (!Number.isFinite(it.x0) || !Number.isFinite(it.x1)) continue;
		clean.push({
			id: it.id,
			x0: Math.min(it.x0, it.x1),
			x1: Math.max(it.x0, it.x1),
			labelWidth: Number.isFinite(it.labelWidth) && it.labelWidth > 0 ? it.labelWidth : 0
		});
	}
	clean.sort(byX0ThenId);

	// Items arrive by x0, so a row only needs the right edge of what it already holds.
	const rowEnds: number[] = [];
	const placements = new Map<string, Placement>();
	const fits = (row: number, x0: number) => row >= rowEnds.length || x0 >= rowEnds[row] + gap;

	const labelRows = Math.min(maxRows, limit);
	// Once every label row is taken, the least right edge among them says at once whether any
	// can take the next item: in a crowded stretch most items fit none, and need no search.
	let leastEnd = -Infinity;
	const labelRowsFull = () => rowEnds.length >= labelRows;
	for (const it of clean) {
		const withLabel = Math.max(it.x1, it.x0 + it.labelWidth);
		let row = -1;
		let labelVisible = false;
		const none = labelRowsFull() && it.x0 < leastEnd + gap;
		for (let r = 0; !none && r < labelRows; r++) {
			if (fits(r, it.x0)) {
				row = r;
				labelVisible = true;
				break;
			}
		}
		if (row < 0 && opts?.requireLabel) {
			overflow.push(it.id);
			continue;
		}
		if (row < 0) {
			row = 0;
			while (row < limit && !fits(row, it.x0)) row++;
			if (row >= limit) {
				overflow.push(it.id);
				continue;
			}
		}
		const right = labelVisible ? withLabel : it.x1;
		rowEnds[row] = row < rowEnds.length ? Math.max(rowEnds[row], right) : right;
		if (row < labelRows && labelRowsFull()) {
			leastEnd = Infinity;
			for (let r = 0; r < labelRows; r++) leastEnd = Math.min(leastEnd, rowEnds[r]);
		}
		placements.set(it.id, { row, labelVisible });
	}
	return { placements, rowCount: rowEnds.length, overflow };
}

/** One actor's band of rows. */
export interface Lane {
	id: string;
	name: string;
	/** Position among the lanes (0-based). */
	index: number;
	/** Absolute first row of the lane. */
	rowOffset: number;
	/** Rows in the lane (at least 1). */
	rowCount: number;
}

/**
 * Actor lanes: one per actor with at least one event, in the order of `actors`, then a final
 * {@link NO_ACTOR_LANE} ("No actor") lane for events without known actors, if any. An event with
 * several actors appears in each of their lanes. Rows are packed per lane with {@link packRows}
 * and the lanes stacked; `placements` maps lane id -> event id -> placement with an absolute row.
 */
export function layoutLanes(
	events: readonly {
		id: string;
		actors: readonly string[];
		x0: number;
		x1: number;
		labelWidth: number;
	}[],
	actors: readonly { id: string; name: string }[],
	opts?: PackOptions
): {
	lanes: Lane[];
	placements: Map<string, Map<string, Placement>>;
	totalRows: number;
	/** Per lane, the items that did not fit under `rowLimit`. */
	overflow: Map<string, string[]>;
} {
	const members = new Map<string, PackItem[]>();
	const names = new Map<string, string>();
	for (const a of actors) {
		if (!members.has(a.id)) {
			members.set(a.id, []);
			names.set(a.id, a.name);
		}
	}
	const none: PackItem[] = [];
	for (const e of events) {
		const item: PackItem = { id: e.id, x0: e.x0, x1: e.x1, labelWidth: e.labelWidth };
		let placed = false;
		for (const actorId of new Set(e.actors)) {
			const list = members.get(actorId);
			if (list) {
				list.push(item);
				placed = true;
			}
		}
		if (!placed) none.push(item);
	}

	const groups: { id: string; name: string; items: PackItem[] }[] = [];
	for (const [id, items] of members) {
		if (items.length > 0) groups.push({ id, name: names.get(id) ?? id, items });
	}
	if (none.length > 0) groups.push({ id: NO_ACTOR_LANE, name: NO_ACTOR_NAME, items: none });

	const lanes: Lane[] = [];
	const placements = new Map<string, Map<string, Placement>>();
	const overflow = new Map<string, string[]>();
	let offset = 0;
	for (const g of groups) {
		const packed = packRows(g.items, opts);
		if (packed.overflow.length > 0) overflow.set(g.id, packed.overflow);
		const rowCount = Math.max(1, packed.rowCount);
		const absolute = new Map<string, Placement>();
		for (const [id, p] of packed.placements) {
			absolute.set(id, { row: p.row + offset, labelVisible: p.labelVisible });
		}
		lanes.push({ id: g.id, name: g.name, index: lanes.length, rowOffset: offset, rowCount });
		placements.set(g.id, absolute);
		offset += rowCount;
	}
	return { lanes, placements, totalRows: offset, overflow };
}
