import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	NO_ACTOR_LANE,
	laneColumns,
	layoutLanes,
	packColumns,
	packRows,
	type PackItem,
	type Placement
} from './pack';

// Generated cases draw from d3's seeded randomLcg: the same cases on every run.

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const item = (id: string, x0: number, x1: number, labelWidth = 0): PackItem => ({
	id,
	x0,
	x1,
	labelWidth
});

const rows = (placements: Map<string, Placement>) =>
	Object.fromEntries([...placements].map(([id, p]) => [id, [p.row, p.labelVisible]]));

describe('packRows', () => {
	it('returns nothing for no items', () => {
		expect(packRows([])).toEqual({ placements: new Map(), rowCount: 0, overflow: [] });
	});

	it.each([
		{
			name: 'items far apart share row 0 with labels',
			items: [item('a', 0, 10, 40), item('b', 100, 110, 40)],
			want: { a: [0, true], b: [0, true] },
			rowCount: 1
		},
		{
			name: 'overlapping marks go to the next row',
			items: [item('a', 0, 100), item('b', 50, 150)],
			want: { a: [0, true], b: [1, true] },
			rowCount: 2
		},
		{
			name: 'a visible label pushes the next mark down',
			items: [item('a', 0, 10, 100), item('b', 50, 60, 10), item('c', 110, 120, 10)],
			want: { a: [0, true], b: [1, true], c: [0, true] },
			rowCount: 2
		},
		{
			name: 'the gap is required between intervals',
			items: [item('a', 0, 10), item('b', 15, 20), item('c', 16, 30)],
			want: { a: [0, true], b: [1, true], c: [0, true] },
			rowCount: 2
		},
		{
			name: 'past maxRows the label hides and the mark takes the first row it fits',
			items: [item('a', 0, 10, 100), item('b', 50, 60, 20), item('c', 200, 210, 5)],
			opts: { maxRows: 1 },
			want: { a: [0, true], b: [1, false], c: [0, true] },
			rowCount: 2
		},
		{
			name: 'maxRows 0 hides every label, so marks pack tighter',
			items: [item('a', 0, 10, 50), item('b', 20, 30, 50)],
			opts: { maxRows: 0 },
			want: { a: [0, false], b: [0, false] },
			rowCount: 1
		},
		{
			name: 'marks never overlap, even past maxRows',
			items: [item('a', 0, 50), item('b', 0, 50), item('c', 0, 50)],
			opts: { maxRows: 1 },
			want: { a: [0, true], b: [1, false], c: [2, false] },
			rowCount: 3
		},
		{
			name: 'equal x0 is ordered by id',
			items: [item('z', 0, 10), item('m', 0, 10), item('b', 0, 10)],
			want: { b: [0, true], m: [1, true], z: [2, true] },
			rowCount: 3
		},
		{
			name: 'non-finite items are left out, reversed ends are read as spans',
			items: [item('n', NaN, 10), item('r', 100, 0), item('s', 50, 60)],
			want: { r: [0, true], s: [1, true] },
			rowCount: 2
		}
	])('$name', ({ items, opts, want, rowCount }) => {
		const got = packRows(items, opts);
		expect(rows(got.placements)).toEqual(want);
		expect(got.rowCount).toBe(rowCount);
	});

	it('never overlaps marks or visible labels, over many generated sets', () => {
		const rand = randomLcg(20240604);
		for (let round = 0; round < 400; round++) {
			const n = 1 + Math.floor(rand() * 40);
			const gap = Math.floor(rand() * 10);
			const maxRows = Math.floor(rand() * 5);
			const items = Array.from({ length: n }, (_, i) => {
				const x0 = Math.round(rand() * 800);
				const width = rand() < 0.3 ? 0 : Math.round(rand() * 120);
				return item(`e${i}`, x0, x0 + width, Math.round(rand() * 150));
			});
			const { placements, rowCount } = packRows(items, { gap, maxRows });
			expect(placements.size).toBe(n);

			const occupied: { id: string; a: number; b: number }[][] = [];
			for (const it of items) {
				const p = placements.get(it.id)!;
				if (p.labelVisible) expect(p.row).toBeLessThan(maxRows);
				const b = p.labelVisible ? Math.max(it.x1, it.x0 + it.labelWidth) : it.x1;
				(occupied[p.row] ??= []).push({ id: it.id, a: it.x0, b });
			}
			expect(occupied.length).toBe(rowCount);
			for (const row of occupied) {
				expect(row).toBeDefined(); // rows are contiguous from 0
				for (let i = 0; i < row.length; i++) {
					for (let j = i + 1; j < row.length; j++) {
						const [p, q] = [row[i], row[j]];
						const apart = Math.max(q.a - p.b, p.a - q.b);
						expect(apart, `${p.id} and ${q.id} in round ${round}`).toBeGreaterThanOrEqual(gap);
					}
				}
			}
		}
	});

	it('gives the same result whatever the input order', () => {
		const rand = randomLcg(7);
		for (let round = 0; round < 50; round++) {
			const items = Array.from({ length: 30 }, (_, i) => {
				const x0 = Math.round(rand() * 300);
				return item(`e${i}`, x0, x0 + Math.round(rand() * 40), Math.round(rand() * 80));
			});
			const a = packRows(items, { maxRows: 3 });
			const b = packRows(shuffled(items, rand), { maxRows: 3 });
			expect(rows(b.placements)).toEqual(rows(a.placements));
			expect(b.rowCount).toBe(a.rowCount);
		}
	});
});

describe('layoutLanes', () => {
	const actors = [
		{ id: 'pak', name: 'Pakistan' },
		{ id: 'idle', name: 'No events' },
		{ id: 'ttp', name: 'TTP' },
		{ id: 'chn', name: 'China' }
	];
	const ev = (id: string, eventActors: string[], x0: number, x1 = x0 + 10, labelWidth = 0) => ({
		id,
		actors: eventActors,
		x0,
		x1,
		labelWidth
	});

	it('stacks one lane per actor with events, in actor order, then "No actor"', () => {
		const events = [
			ev('attack', ['ttp', 'chn'], 0),
			ev('op', ['pak'], 0, 100),
			ev('talks', ['pak', 'chn'], 50),
			ev('orphan', [], 10),
			ev('stranger', ['nobody'], 300)
		];
		const { lanes, placements, totalRows } = layoutLanes(events, actors);
		expect(lanes.map((l) => [l.id, l.name, l.index, l.rowOffset, l.rowCount])).toEqual([
			['pak', 'Pakistan', 0, 0, 2],
			['ttp', 'TTP', 1, 2, 1],
			['chn', 'China', 2, 3, 1],
			[NO_ACTOR_LANE, 'No actor', 3, 4, 1]
		]);
		expect(totalRows).toBe(5);
		const of = (lane: string) => rows(placements.get(lane)!);
		expect(of('pak')).toEqual({ op: [0, true], talks: [1, true] });
		expect(of('ttp')).toEqual({ attack: [2, true] });
		expect(of('chn')).toEqual({ attack: [3, true], talks: [3, true] });
		expect(of(NO_ACTOR_LANE)).toEqual({ orphan: [4, true], stranger: [4, true] });
		expect(placements.has('idle')).toBe(false);
	});

	it('adds no "No actor" lane when every event has an actor, and counts a repeated actor once', () => {
		const { lanes, totalRows, placements } = layoutLanes([ev('a', ['ttp', 'ttp'], 0)], actors);
		expect(lanes.map((l) => l.id)).toEqual(['ttp']);
		expect(totalRows).toBe(1);
		expect(placements.get('ttp')!.size).toBe(1);
	});

	it('gives every lane at least one row and handles empty input', () => {
		expect(layoutLanes([], actors)).toEqual({
			lanes: [],
			placements: new Map(),
			totalRows: 0,
			overflow: new Map()
		});
		const { lanes, totalRows } = layoutLanes([ev('n', ['pak'], NaN)], actors);
		expect(lanes).toEqual([{ id: 'pak', name: 'Pakistan', index: 0, rowOffset: 0, rowCount: 1 }]);
		expect(totalRows).toBe(1);
	});

	it('passes packing options to each lane', () => {
		const events = [ev('a', ['pak'], 0, 10, 100), ev('b', ['pak'], 20, 30, 100)];
		const { placements } = layoutLanes(events, actors, { maxRows: 1 });
		expect(rows(placements.get('pak')!)).toEqual({ a: [0, true], b: [1, false] });
	});
});

describe('packRows with a row limit', () => {
	it('never uses a row at or past the limit and lists what did not fit', () => {
		// Ten marks at the same place: only three rows allowed.
		const items = Array.from({ length: 10 }, (_, i) => ({
			id: `e${i}`,
			x0: 100,
			x1: 110,
			labelWidth: 50
		}));
		const { placements, rowCount, overflow } = packRows(items, { rowLimit: 3, maxRows: 2 });
		expect(rowCount).toBe(3);
		expect([...placements.values()].every((p) => p.row < 3)).toBe(true);
		expect(placements.size + overflow.length).toBe(10);
		expect(overflow).toEqual(['e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
	});
});

describe('packColumns and laneColumns: the same packing over columns, for large datasets', () => {
	const cols = {
		x0: Float64Array.of(0, 5, 100, NaN),
		x1: Float64Array.of(10, 15, 110, NaN),
		labelWidth: Float64Array.of(50, 0, 0, 0)
	};

	it('places only the items named, in their order, and leaves the others at row -1', () => {
		const packed = packColumns(cols, [0, 1, 3], { maxRows: 2 });
		expect([...packed.row]).toEqual([0, 1, -1, -1]);
		expect([...packed.labelVisible]).toEqual([1, 1, 0, 0]);
		expect(packed.rowCount).toBe(2);
		// Under a limit of one row with labels required, the second goes to overflow.
		const limited = packColumns(cols, [0, 1, 2], { maxRows: 1, rowLimit: 1, requireLabel: true });
		expect([...limited.row]).toEqual([0, -1, 0, -1]);
		expect(limited.overflow).toEqual([1]);
	});

	it('stacks lanes as layoutLanes does, rows counted within each lane', () => {
		const actorsOf = (i: number) => [['a'], ['a', 'b'], [], ['b']][i];
		const lanes = laneColumns(cols, [0, 1, 2, 3], actorsOf, [
			{ id: 'a', name: 'A' },
			{ id: 'b', name: 'B' }
		]);
		expect(lanes.map((l) => [l.lane.id, l.lane.rowOffset, l.lane.rowCount, l.members])).toEqual([
			['a', 0, 2, [0, 1]],
			['b', 2, 1, [1, 3]],
			[NO_ACTOR_LANE, 3, 1, [2]]
		]);
		expect([...lanes[0].placed.row].slice(0, 2)).toEqual([0, 1]);
	});
});
