import { describe, expect, it } from 'vitest';
import { edtf } from '../model/dates.ts';
import type { Actor, TimelineEvent } from '../model/types.ts';
import { frameLayout, layoutTimeline, packTimeline } from './timeline.ts';

function ev(id: string, date: string, actors: string[] = [], endDate?: string): TimelineEvent {
	const d = edtf(date);
	const ed = endDate ? edtf(endDate) : undefined;
	return {
		id,
		title: `Event ${id}`,
		date: d,
		endDate: ed,
		start: d.start,
		end: ed ? ed.end : d.end,
		status: 'reported',
		kind: 'other',
		actors,
		sources: [],
		tags: [],
		attributions: [],
		order: 0
	};
}

const actors: Actor[] = [
	{ id: 'ttp', name: 'TTP' },
	{ id: 'china', name: 'China' }
];
const events = [
	ev('a', '2024-01-10', ['ttp']),
	ev('b', '2024-01-11', ['ttp', 'china']),
	ev('c', '2024-03', ['china']),
	ev('d', '2024-05-01', [])
];
const window = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 6, 1) };

describe('layoutTimeline, compact', () => {
	const layout = layoutTimeline(events, actors, [], window, 800, 'compact');

	it('places every event once, in rows that keep marks apart', () => {
		expect(layout.marks.map((m) => m.key)).toEqual(['a', 'b', 'c', 'd']);
		const a = layout.marks[0];
		const b = layout.marks[1];
		// a and b are a day apart: their marks overlap, so they take different rows.
		expect(a.row).not.toBe(b.row);
		expect(layout.height).toBe(Math.max(...layout.marks.map((m) => m.row + 1)) * layout.rowHeight);
	});

	it('draws a month-precise event over the whole month', () => {
		const c = layout.marks.find((m) => m.key === 'c')!;
		const px = (t: number) => ((t - window.start) / (window.end - window.start)) * 800;
		expect(c.geom.shape).toBe('span');
		expect(c.geom.x0).toBeCloseTo(px(Date.UTC(2024, 2, 1)), 6);
		expect(c.geom.x1).toBeCloseTo(px(Date.UTC(2024, 3, 1)), 6);
		expect(c.geom.fuzzy).toBe(true);
	});

	it('puts labels to the right of their marks, but left of the last one, at the data’s end', () => {
		for (const m of layout.marks) {
			if (m.eventId === 'd') expect(m.labelX + m.labelWidth).toBeLessThan(m.x0);
			else expect(m.labelX).toBeGreaterThan(m.x1);
		}
	});
});

describe('layoutTimeline, by actor', () => {
	const layout = layoutTimeline(events, actors, [], window, 800, 'actors');

	it('gives each actor a lane, plus one for events without actors', () => {
		expect(layout.lanes.map((l) => l.id)).toEqual(['ttp', 'china', '__none']);
		for (let i = 1; i < layout.lanes.length; i++) {
			expect(layout.lanes[i].y0).toBe(layout.lanes[i - 1].y1);
		}
	});

	it('shows a shared event in each of its actors lanes, joined as one', () => {
		const b = layout.marks.filter((m) => m.eventId === 'b');
		expect(b.map((m) => m.laneId)).toEqual(['ttp', 'china']);
		const lane = (id: string) => layout.lanes.find((l) => l.id === id)!;
		for (const m of b) {
			expect(m.y).toBeGreaterThan(lane(m.laneId!).y0);
			expect(m.y).toBeLessThan(lane(m.laneId!).y1);
		}
		expect(layout.joins).toEqual([{ eventId: 'b', x: b[0].geom.cx, y0: b[0].y, y1: b[1].y }]);
	});
});

describe('culling', () => {
	it('keeps marks that reach into view and drops the rest', () => {
		const narrow = { start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 6, 1) };
		const layout = layoutTimeline(events, actors, [], narrow, 600, 'compact');
		expect(layout.marks.map((m) => m.key)).toEqual(['d']);
	});

	it('copes with an empty dataset and zero width', () => {
		const layout = layoutTimeline([], actors, [], window, 0, 'actors');
		expect(layout.marks).toEqual([]);
		expect(layout.height).toBeGreaterThan(0);
	});
});

describe('period bands', () => {
	it('stacks the titles of overlapping periods and truncates them to the visible band', () => {
		const period = (id: string, title: string, from: string, to: string) => {
			const d = edtf(from);
			const e = edtf(to);
			return { id, title, date: d, endDate: e, start: d.start, end: e.end, open: false };
		};
		const periods = [
			period('gov', "Shehbaz Sharif's first government", '2022-04-11', '2023-08'),
			period('truce', 'TTP ceasefire', '2022-05', '2022-11-28'),
			period('later', 'Caretaker government', '2023-08', '2024-03-03')
		];
		const win = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2024, 6, 1) };
		const layout = layoutTimeline([], actors, periods, win, 900, 'compact');
		const row = (id: string) => layout.periods.find((p) => p.id === id)!.labelRow;
		expect(row('gov')).toBe(0);
		expect(row('truce')).toBe(1);
		expect(row('later')).toBe(0);
		const narrow = layoutTimeline([], actors, periods, win, 200, 'compact');
		const truce = narrow.periods.find((p) => p.id === 'truce')!;
		expect(truce.label.endsWith('…') || truce.label === '').toBe(true);
	});
});

describe('packTimeline and frameLayout at scale', () => {
	const many = Array.from({ length: 300 }, (_, i) =>
		ev(`n${i}`, `2024-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`, ['ttp'])
	).sort((a, b) => a.start - b.start);
	const win = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 6, 1) };
	const k = 800 / (win.end - win.start);

	it('gathers what does not fit under the row limit into clusters, losing no event', () => {
		const packed = packTimeline(many, actors, 'compact', k, { rowLimit: 5 });
		const clustered = packed.clusters.reduce((n, c) => n + c.ids.length, 0);
		expect(packed.marks.length + clustered).toBe(300);
		expect(packed.marks.every((m) => m.row < 5)).toBe(true);
		expect(clustered).toBeGreaterThan(0);
		// Clusters sit in their own row below the marks.
		expect(packed.clusters.every((c) => c.y > 4.5 * packed.rowHeight)).toBe(true);
	});

	it('panning reuses the packing: same rows, shifted positions, only what is in view', () => {
		const packed = packTimeline(many, actors, 'compact', k, { rowLimit: 5 });
		const a = frameLayout(packed, win, 800);
		const shift = (win.end - win.start) / 4;
		const b = frameLayout(packed, { start: win.start + shift, end: win.end + shift }, 800);
		const rowOf = (l: typeof a, key: string) => l.marks.find((m) => m.key === key)?.row;
		const common = a.marks.filter((m) => b.marks.some((x) => x.key === m.key));
		expect(common.length).toBeGreaterThan(0);
		for (const m of common) expect(rowOf(b, m.key)).toBe(m.row);
		const moved = b.marks.find((m) => m.key === common[0].key)!;
		expect(moved.geom.cx).toBeCloseTo(common[0].geom.cx - 200, 6);
		expect(b.marks.every((m) => m.x0 <= 840)).toBe(true);
	});

	it('hides every label while the packing is stale (mid-zoom)', () => {
		const packed = packTimeline(events, actors, 'compact', k);
		expect(frameLayout(packed, win, 800).marks.some((m) => m.labelVisible)).toBe(true);
		expect(frameLayout(packed, win, 800, [], true).marks.some((m) => m.labelVisible)).toBe(false);
	});
});
