import { describe, expect, it } from 'vitest';
import { edtf } from '../model/dates.ts';
import type { CausalLink, TimelineEvent } from '../model/types.ts';
import { STUB_HEIGHT, layoutArrows, stackStubs } from './causal.ts';
import { layoutTimeline } from './timeline.ts';

function ev(id: string, date: string, actors: string[]): TimelineEvent {
	const d = edtf(date);
	return {
		id,
		title: id,
		date: d,
		start: d.start,
		end: d.end,
		status: 'reported',
		kind: 'other',
		actors,
		sources: [],
		tags: [],
		attributions: [],
		order: 0
	};
}
const link = (from: string, to: string, label = 'led to'): CausalLink => ({
	id: `${from}->${to}#${label}`,
	from,
	to,
	label,
	basis: 'inferred',
	sources: []
});

const actors = [
	{ id: 'x', name: 'X' },
	{ id: 'y', name: 'Y' }
];
const events = [
	ev('a', '2024-01-10', ['x']),
	ev('b', '2024-03-01', ['x', 'y']),
	ev('c', '2024-05-20', ['y'])
];
const starts = new Map(events.map((e) => [e.id, e.start]));
const win = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 6, 1) };

/** The first and last points of a path "M x,y C … x,y". */
function ends(d: string): [number, number, number, number] {
	const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
	return [nums[0], nums[1], nums[nums.length - 2], nums[nums.length - 1]];
}

describe('layoutArrows', () => {
	for (const mode of ['compact', 'actors'] as const) {
		it(`starts and ends arrows on the marks' edges (${mode})`, () => {
			const layout = layoutTimeline(events, actors, [], win, 900, mode);
			const { arrows, stubs } = layoutArrows(
				layout.marks,
				[link('a', 'b'), link('b', 'c')],
				900,
				starts
			);
			expect(stubs).toEqual([]);
			expect(arrows).toHaveLength(2);
			for (const arrow of arrows) {
				const from = layout.marks.find((m) => m.key === arrow.fromKey)!;
				const to = layout.marks.find((m) => m.key === arrow.toKey)!;
				const [x0, y0, x1, y1] = ends(arrow.d);
				expect(x0).toBeCloseTo(from.geom.cx + 6, 0);
				expect(y0).toBeCloseTo(from.y, 0);
				expect(x1).toBeCloseTo(to.geom.cx - 6, 0);
				expect(y1).toBeCloseTo(to.y, 0);
			}
		});
	}

	it('picks the closest lanes for an event drawn in several', () => {
		const layout = layoutTimeline(events, actors, [], win, 900, 'actors');
		const { arrows } = layoutArrows(layout.marks, [link('b', 'c')], 900, starts);
		expect(arrows[0].fromKey).toBe('b@y');
		expect(arrows[0].toKey).toBe('c@y');
	});

	it('keeps parallel links between the same events apart', () => {
		const layout = layoutTimeline(events, actors, [], win, 900, 'compact');
		const { arrows } = layoutArrows(
			layout.marks,
			[link('a', 'b', 'prompted'), link('a', 'b', 'funded')],
			900,
			starts
		);
		expect(arrows).toHaveLength(2);
		expect(arrows[0].d).not.toBe(arrows[1].d);
		expect(arrows[0].mid.y).not.toBeCloseTo(arrows[1].mid.y, 0);
	});

	it('puts a stub at the edge when one end is panned away, with the hidden ends', () => {
		const narrow = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 3, 1) };
		const layout = layoutTimeline(events, actors, [], narrow, 600, 'compact');
		const { arrows, stubs } = layoutArrows(
			layout.marks,
			[link('a', 'b'), link('b', 'c')],
			600,
			starts,
			new Set(['a', 'b', 'c'])
		);
		expect(arrows.map((a) => a.link.to)).toEqual(['b']);
		expect(stubs).toHaveLength(1);
		expect(stubs[0]).toMatchObject({
			eventId: 'b',
			side: 'right',
			reason: 'offscreen',
			x: 600,
			targets: ['c']
		});
	});

	it('counts filtered-out ends on the side where they lie in time', () => {
		const shown = events.filter((e) => e.id === 'b');
		const layout = layoutTimeline(shown, actors, [], win, 900, 'compact');
		const { arrows, stubs } = layoutArrows(
			layout.marks,
			[link('a', 'b'), link('b', 'c'), link('b', 'a', 'reply')],
			900,
			starts
		);
		expect(arrows).toEqual([]);
		const bySide = Object.fromEntries(stubs.map((s) => [s.side, s.targets]));
		expect(bySide).toEqual({ left: ['a'], right: ['c'] });
		expect(stubs.every((s) => s.reason === 'filtered')).toBe(true);
		expect(stubs.find((s) => s.side === 'left')!.links).toHaveLength(2);
	});
});

describe('stackStubs', () => {
	const stub = (key: string, side: 'left' | 'right', y: number) =>
		({ key, side, y, at: y }) as unknown as Parameters<typeof stackStubs>[0][number];

	it('keeps each stub on its row when there is room, and stacks the ones that would overlap', () => {
		const stubs = [
			stub('a', 'left', 13),
			stub('b', 'left', 13),
			stub('c', 'left', 39),
			stub('d', 'right', 13)
		];
		stackStubs(stubs);
		const at = Object.fromEntries(stubs.map((s) => [s.key, s.at]));
		expect(at.a).toBe(13);
		// Same row, same side: moved down by a pill and a gap.
		expect(at.b).toBe(13 + STUB_HEIGHT + 2);
		// The next row's stub moves down too, so the three never touch.
		expect(at.c).toBe(at.b + STUB_HEIGHT + 2);
		// The other side is a column of its own.
		expect(at.d).toBe(13);
	});
});

describe('routing around labels', () => {
	it('bows an arrow away from a label it does not belong to', () => {
		// a → c on one row, b between them on the row above with a long label in the way.
		const row = (id: string, x: number, y: number, label = 0) => ({
			key: id,
			eventId: id,
			laneId: null,
			geom: { shape: 'point', x0: x, x1: x, cx: x, fuzzy: false },
			x0: x - 6,
			x1: x + 6,
			y,
			row: 0,
			labelVisible: label > 0,
			labelX: x + 10,
			label: id,
			labelWidth: label
		});
		const marks = [
			row('a', 100, 60),
			row('b', 200, 34, 300),
			row('c', 500, 60)
		] as unknown as Parameters<typeof layoutArrows>[0];
		const l = [link('a', 'c')];
		const s = new Map([
			['a', 1],
			['b', 2],
			['c', 3]
		]);
		const plain = layoutArrows(marks, l, 900, s);
		const routed = layoutArrows(marks, l, 900, s, undefined, 5, { height: 140 });
		// Unrouted, it bows up through b's label (y 27–41); routed, it bows down below the row.
		expect(plain.arrows[0].mid.y).toBeLessThan(41);
		expect(routed.arrows[0].mid.y).toBeGreaterThan(60);
		expect(routed.arrows[0].mid.y).toBeLessThan(140);
	});
});
