/**
 * First-fit packing over columns: items as typed arrays indexed like the caller's list (no object
 * or map entry per item), so that 50,000 events pack in one short task. Rows by first fit in
 * {@link packingOrder}, and actor lanes stacked from packed rows. pack.ts gives the same packing
 * for lists of items.
 */

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
 * The order first fit packs items in: by x0, then id, so that the input order never matters;
 * items that cannot be placed (a non-finite end) last, as given.
 */
export function packingOrder(
	cols: PackColumns,
	idOf: (i: number) => string,
	items: readonly number[]
): number[] {
	const finite = (i: number) => Number.isFinite(cols.x0[i]) && Number.isFinite(cols.x1[i]);
	const placeable = items.filter(finite).sort((a, b) => {
		const d = cols.x0[a] - cols.x0[b];
		if (d !== 0) return d;
		const p = idOf(a);
		const q = idOf(b);
		return p < q ? -1 : p > q ? 1 : 0;
	});
	return [...placeable, ...items.filter((i) => !finite(i))];
}

/**
 * Packs the items `order` names, in that order ({@link packingOrder}): each goes in the first of
 * the first `maxRows` rows where it fits with its label, else (unless `requireLabel`) in the
 * first row where the mark alone fits, label hidden, else to `overflow`. Items it does not name,
 * or whose ends are not finite, keep row -1.
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
 * Actor lanes over columns: the lanes of `layoutLanes` (pack.ts) for the items `order` names
 * (in {@link packingOrder}), item `i` belonging to the lanes of `actorsOf(i)`. Rows in `placed` are the
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
