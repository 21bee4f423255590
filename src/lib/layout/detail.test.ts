import { describe, expect, it } from 'vitest';
import type { CausalLink } from '../model/types.ts';
import { CANVAS_THRESHOLD, MAX_ARROWS, levelOfDetail, svgMarks } from './detail.ts';
import type { PlacedMark } from './timeline.ts';

const mark = (i: number, y = 13): PlacedMark =>
	({
		key: `e${i}`,
		eventId: `e${i}`,
		laneId: null,
		geom: { shape: 'point', x0: i * 3, x1: i * 3, cx: i * 3, fuzzy: false },
		x0: i * 3 - 6,
		x1: i * 3 + 6,
		y,
		row: 0,
		labelVisible: false,
		labelX: 0,
		label: '',
		labelWidth: 0
	}) as unknown as PlacedMark;

const link = (a: number, b: number): CausalLink => ({
	id: `e${a}->e${b}`,
	from: `e${a}`,
	to: `e${b}`,
	label: 'led to',
	basis: 'reported',
	sources: []
});

function input(n: number, links: CausalLink[], chainLinks: ReadonlySet<string> | null = null) {
	const marks = Array.from({ length: n }, (_, i) => mark(i, 13 + (i % 5) * 26));
	return {
		marks,
		links,
		width: 3000,
		height: 200,
		starts: new Map(marks.map((m, i) => [m.eventId, i])),
		drawn: new Set(marks.map((m) => m.eventId)),
		arrows: true,
		chainLinks
	};
}

describe('levelOfDetail', () => {
	it('draws every arrow as SVG while there are few', () => {
		const d = levelOfDetail(input(20, [link(0, 5), link(5, 9)]));
		expect(d).toMatchObject({ onCanvas: false, tooManyArrows: false });
		expect(d.arrows.arrows.map((a) => a.link.id)).toEqual(['e0->e5', 'e5->e9']);
	});

	it('draws nothing when the reader hid the arrows, and says nothing is missing', () => {
		const d = levelOfDetail({ ...input(20, [link(0, 5)]), arrows: false });
		expect(d.arrows.arrows).toEqual([]);
		expect(d.tooManyArrows).toBe(false);
	});

	it('past the arrow limit keeps only the selected chain’s arrows, or none', () => {
		// Parallel links between 40 pairs, each with an id of its own.
		const unique = Array.from({ length: MAX_ARROWS + 1 }, (_, i) => ({
			...link(i % 40, (i % 40) + 1),
			id: `l${i}`
		}));
		const none = levelOfDetail(input(60, unique));
		expect(none.tooManyArrows).toBe(true);
		expect(none.arrows.arrows).toEqual([]);
		const chain = new Set([unique[0].id, unique[1].id]);
		const some = levelOfDetail(input(60, unique, chain));
		expect(some.tooManyArrows).toBe(true);
		expect(some.arrows.arrows.map((a) => a.link.id).sort()).toEqual([...chain].sort());
	});

	it('paints marks on a canvas past the threshold', () => {
		expect(levelOfDetail(input(CANVAS_THRESHOLD, [])).onCanvas).toBe(false);
		const d = levelOfDetail(input(CANVAS_THRESHOLD + 1, [link(0, 1)], new Set(['e0->e1'])));
		expect(d.onCanvas).toBe(true);
		expect(d.arrows.arrows.map((a) => a.link.id)).toEqual(['e0->e1']);
	});

	it('keeps a large dataset’s marks on the canvas until its zoom settles, arrows and all', () => {
		const few = input(20, [link(0, 5), link(5, 9)]);
		const moving = levelOfDetail({ ...few, moving: true });
		expect(moving.onCanvas).toBe(true);
		expect(moving.arrows.arrows).toHaveLength(2);
		expect(moving.tooManyArrows).toBe(false);
		expect(levelOfDetail({ ...few, moving: false }).onCanvas).toBe(false);
	});
});

describe('svgMarks', () => {
	const marks = Array.from({ length: 10 }, (_, i) => mark(i));
	const keep = { focusKey: 'e1', hoverKey: 'e2', selectedId: 'e3', chain: new Set(['e4']) };

	it('keeps every mark as SVG without a canvas', () => {
		expect(svgMarks(marks, false, keep)).toBe(marks);
	});

	it('on a canvas keeps the focused, hovered, selected and chain marks', () => {
		expect(svgMarks(marks, true, keep).map((m) => m.key)).toEqual(['e1', 'e2', 'e3', 'e4']);
	});
});
