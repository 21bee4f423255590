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
 * Items as columns, for packing many at once without an object per item: item `i` spans
 * [x0[i], x1[i]] (x0 ≤ x1, finite) with a label `labelWidth[i]` px wide (≥ 0).
 */
export interface PackColumns {
	x0: Float64Array;
	x1: Float64Array;
	labelWidth: Float64Array;
}

/** Where each packed item went: `row[i]` (-1 when not placed), its label shown or not. */
export interface ColumnPlacements {
	row: Int32Array;
	labelVisible: Uint8Array;
	rowCount: number;
	/** Indices of the items that fit under no row limit, in packing order. */
	overflow: number[];
}

/**
 * {@link packRows} over columns: packs the items `order` names, in that order (which must be by
 * x0, then id); the items it does not name keep row -1.
 */
export function packColumns(
	cols: PackColumns,
	order: readonly number[],
	opts?: PackOptions
): ColumnPlacements {
	const { gap, maxRows } = options(opts);
	const limit =
		opts?.rowLimit !== undefined && Number.isFinite(opts.rowLimit)
			? Math.max(1, Math.floor(opts.rowLimit))
			: Infinity;
	const n = cols.x0.length;
	const row = new Int32Array(n).fill(-1);
	const labelVisible = new Uint8Array(n);
	const overflow: number[] = [];
	// Items arrive by x0, so a row only needs the right edge of what it already holds.
	const rowEnds: number[] = [];
	const fits = (r: number, x0: number) => r >= rowEnds.length || x0 >= rowEnds[r] + gap;

	const labelRows = Math.min(maxRows, limit);
	// Once every label row is taken, the least right edge among them says at once whether any
	// can take the next item: in a crowded stretch most items fit none, and need no search.
	let leastEnd = -Infinity;
	for (const i of order) {
		const x0 = cols.x0[i];
		const x1 = cols.x1[i];
		if (!Number.isFinite(x0) || !Number.isFinite(x1)) continue;
		let r = -1;
		let shown = false;
		const none = rowEnds.length >= labelRows && x0 < leastEnd + gap;
		for (let k = 0; !none && k < labelRows; k++) {
			if (fits(k, x0)) {
				r = k;
				shown = true;
				break;
			}
		}
		if (r < 0 && opts?.requireLabel) {
			overflow.push(i);
			continue;
		}
		if (r < 0) {
			r = 0;
			while (r < limit && !fits(r, x0)) r++;
			if (r >= limit) {
				overflow.push(i);
				continue;
			}
		}
		const right = shown ? Math.max(x1, x0 + cols.labelWidth[i]) : x1;
		rowEnds[r] = r < rowEnds.length ? Math.max(rowEnds[r], right) : right;
		if (r < labelRows && rowEnds.length >= labelRows) {
			leastEnd = Infinity;
			for (let k = 0; k < labelRows; k++) leastEnd = Math.min(leastEnd, rowEnds[k]);
		}
		row[i] = r;
		labelVisible[i] = shown ? 1 : 0;
	}
	return { row, labelVisible, rowCount: rowEnds.length, overflow };
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
	const cols: PackColumns = {
		x0: Float64Array.from(clean, (c) => c.x0),
		x1: Float64Array.from(clean, (c) => c.x1),
		labelWidth: Float64Array.from(clean, (c) => c.labelWidth)
	};
	const packed = packColumns(cols, [...clean.keys()], opts);
	const placements = new Map<string, Placement>();
	clean.forEach((c, i) => {
		const row = packed.row[i];
		if (row >= 0) placements.set(c.id, { row, labelVisible: packed.labelVisible[i] === 1 });
	});
	return {
		placements,
		rowCount: packed.rowCount,
		overflow: packed.overflow.map((i) => clean[i].id)
	};
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

/** One lane's items (indices, in packing order) and where they went within it. */
export interface LaneColumns {
	lane: Lane;
	members: number[];
	placed: ColumnPlacements;
}

/**
 * Actor lanes over columns: the lanes of {@link layoutLanes} for the items `order` names (by
 * x0, then id), item `i` belonging to the lanes of `actorsOf(i)`. Rows in `placed` are the
 * lane's own; add the lane's `rowOffset` for the absolute row.
 */
export function laneColumns(
	cols: PackColumns,
	order: readonly number[],
	actorsOf: (i: number) => readonly string[],
	actors: readonly { id: string; name: string }[],
	opts?: PackOptions
): LaneColumns[] {
	const members = new Map<string, number[]>();
	const names = new Map<string, string>();
	for (const a of actors) {
		if (!members.has(a.id)) {
			members.set(a.id, []);
			names.set(a.id, a.name);
		}
	}
	const none: number[] = [];
	for (const i of order) {
		const ids = actorsOf(i);
		let placed = false;
		ids.forEach((actorId, j) => {
			const list = ids.indexOf(actorId) === j ? members.get(actorId) : undefined;
			if (list) {
				list.push(i);
				placed = true;
			}
		});
		if (!placed) none.push(i);
	}
	const groups: { id: string; name: string; items: number[] }[] = [];
	for (const [id, items] of members) {
		if (items.length > 0) groups.push({ id, name: names.get(id) ?? id, items });
	}
	if (none.length > 0) groups.push({ id: NO_ACTOR_LANE, name: NO_ACTOR_NAME, items: none });

	const out: LaneColumns[] = [];
	let offset = 0;
	for (const g of groups) {
		const placed = packColumns(cols, g.items, opts);
		const rowCount = Math.max(1, placed.rowCount);
		const lane = { id: g.id, name: g.name, index: out.length, rowOffset: offset, rowCount };
		out.push({ lane, members: g.items, placed });
		offset += rowCount;
	}
	return out;
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
	const items = events.map((e) => ({
		id: e.id,
		actors: e.actors,
		x0: Math.min(e.x0, e.x1),
		x1: Math.max(e.x0, e.x1),
		labelWidth: Number.isFinite(e.labelWidth) && e.labelWidth > 0 ? e.labelWidth : 0
	}));
	// Items that cannot be placed still make their lanes (each lane has at least one row).
	const finite = (e: PackItem) => Number.isFinite(e.x0) && Number.isFinite(e.x1);
	const clean = [...items.filter(finite).sort(byX0ThenId), ...items.filter((e) => !finite(e))];
	const cols: PackColumns = {
		x0: Float64Array.from(clean, (c) => c.x0),
		x1: Float64Array.from(clean, (c) => c.x1),
		labelWidth: Float64Array.from(clean, (c) => c.labelWidth)
	};
	const laid = laneColumns(cols, [...clean.keys()], (i) => clean[i].actors, actors, opts);
	const placements = new Map<string, Map<string, Placement>>();
	const overflow = new Map<string, string[]>();
	for (const { lane, members, placed } of laid) {
		const absolute = new Map<string, Placement>();
		for (const i of members) {
			const row = placed.row[i];
			if (row >= 0) {
				absolute.set(clean[i].id, {
					row: row + lane.rowOffset,
					labelVisible: placed.labelVisible[i] === 1
				});
			}
		}
		placements.set(lane.id, absolute);
		if (placed.overflow.length > 0) {
			overflow.set(
				lane.id,
				placed.overflow.map((i) => clean[i].id)
			);
		}
	}
	const lanes = laid.map((l) => l.lane);
	const totalRows = lanes.reduce((sum, l) => sum + l.rowCount, 0);
	return { lanes, placements, totalRows, overflow };
}
