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

import {
	laneColumns,
	packColumns,
	packingOrder,
	type Lane,
	type PackColumns,
	type PackOptions
} from './pack-columns.ts';

export * from './pack-columns.ts';

/** Items as columns: ends in order (`x1 < x0` read as the reverse), no negative label. */
function columnsOf(items: readonly PackItem[]): PackColumns {
	return {
		x0: Float64Array.from(items, (it) => Math.min(it.x0, it.x1)),
		x1: Float64Array.from(items, (it) => Math.max(it.x0, it.x1)),
		labelWidth: Float64Array.from(items, (it) =>
			Number.isFinite(it.labelWidth) && it.labelWidth > 0 ? it.labelWidth : 0
		)
	};
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
	const cols = columnsOf(items);
	const order = packingOrder(cols, (i) => items[i].id, [...items.keys()]);
	const packed = packColumns(cols, order, opts);
	const placements = new Map<string, Placement>();
	for (const i of order) {
		const row = packed.row[i];
		if (row >= 0) placements.set(items[i].id, { row, labelVisible: packed.labelVisible[i] === 1 });
	}
	return {
		placements,
		rowCount: packed.rowCount,
		overflow: packed.overflow.map((i) => items[i].id)
	};
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
	const cols = columnsOf(events);
	// Items that cannot be placed still make their lanes (each lane has at least one row).
	const order = packingOrder(cols, (i) => events[i].id, [...events.keys()]);
	const laid = laneColumns(cols, order, (i) => events[i].actors, actors, opts);
	const placements = new Map<string, Map<string, Placement>>();
	const overflow = new Map<string, string[]>();
	for (const { lane, members, placed } of laid) {
		const absolute = new Map<string, Placement>();
		for (const i of members) {
			const row = placed.row[i];
			if (row >= 0) {
				absolute.set(events[i].id, {
					row: row + lane.rowOffset,
					labelVisible: placed.labelVisible[i] === 1
				});
			}
		}
		placements.set(lane.id, absolute);
		if (placed.overflow.length > 0) {
			overflow.set(
				lane.id,
				placed.overflow.map((i) => events[i].id)
			);
		}
	}
	const lanes = laid.map((l) => l.lane);
	const totalRows = lanes.reduce((sum, l) => sum + l.rowCount, 0);
	return { lanes, placements, totalRows, overflow };
}
