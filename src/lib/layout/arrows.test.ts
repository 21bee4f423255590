import { describe, expect, it } from 'vitest';
import { anchorPoints, arrowPath, parallelOffsets, uprightAngle, type Point } from './arrows';

/** The numbers of a path string, in order. */
const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);

/** from, c1, c2, to of the single cubic in `d`. */
function cubic(d: string): Point[] {
	expect(d).toMatch(/^M[^C]+C[^C]+$/);
	const n = numbers(d);
	expect(n).toHaveLength(8);
	return [0, 2, 4, 6].map((i) => ({ x: n[i], y: n[i + 1] }));
}

function bezier([p0, p1, p2, p3]: Point[], t: number): Point {
	const u = 1 - t;
	const f = (k: 'x' | 'y') =>
		u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k];
	return { x: f('x'), y: f('y') };
}

describe('arrowPath', () => {
	it.each([
		{ from: { x: 0, y: 0 }, to: { x: 100, y: 0 } },
		{ from: { x: 10.5, y: 40 }, to: { x: 310, y: 120.25 } },
		{ from: { x: 300, y: 80 }, to: { x: 20, y: 10 } },
		{ from: { x: 50, y: 0 }, to: { x: 50, y: 200 } }
	])('runs from $from.x,$from.y to $to.x,$to.y, with mid on the curve', ({ from, to }) => {
		const a = arrowPath(from, to)!;
		const pts = cubic(a.d);
		expect(pts[0].x).toBeCloseTo(from.x, 2);
		expect(pts[0].y).toBeCloseTo(from.y, 2);
		expect(pts[3].x).toBeCloseTo(to.x, 2);
		expect(pts[3].y).toBeCloseTo(to.y, 2);
		const m = bezier(pts, 0.5);
		expect(a.mid.x).toBeCloseTo(m.x, 1);
		expect(a.mid.y).toBeCloseTo(m.y, 1);
	});

	it('bows upwards by a quarter of the distance for a left-to-right arrow', () => {
		const a = arrowPath({ x: 0, y: 0 }, { x: 100, y: 0 })!;
		expect(a.mid).toEqual({ x: 50, y: -25 });
		expect(a.angle).toBe(0);
	});

	it('caps the default bend at 60 px and honours bend and offset', () => {
		expect(arrowPath({ x: 0, y: 0 }, { x: 1000, y: 0 })!.mid.y).toBe(-60);
		expect(arrowPath({ x: 0, y: 0 }, { x: 100, y: 0 }, { bend: 0 })!.mid).toEqual({ x: 50, y: 0 });
		expect(arrowPath({ x: 0, y: 0 }, { x: 100, y: 0 }, { bend: 10, offset: 7 })!.mid.y).toBe(-17);
		expect(arrowPath({ x: 0, y: 0 }, { x: 100, y: 0 }, { bend: -10 })!.mid.y).toBe(10);
	});

	it.each([
		{ to: { x: 0, y: 100 }, angle: 90 },
		{ to: { x: -100, y: 0 }, angle: 180 },
		{ to: { x: 100, y: -100 }, angle: -45 }
	])('reports the tangent at mid: $angle°', ({ to, angle }) => {
		expect(arrowPath({ x: 0, y: 0 }, to)!.angle).toBeCloseTo(angle, 9);
	});

	it('draws a closed arrowhead with its tip at `to`, along the end tangent', () => {
		const to = { x: 200, y: 50 };
		const a = arrowPath({ x: 0, y: 0 }, to, { headSize: 10 })!;
		expect(a.head).toMatch(/^M[^Z]+Z$/);
		const [tx, ty, b1x, b1y, b2x, b2y] = numbers(a.head);
		expect([tx, ty]).toEqual([to.x, to.y]);
		const base = { x: (b1x + b2x) / 2, y: (b1y + b2y) / 2 };
		expect(Math.hypot(to.x - base.x, to.y - base.y)).toBeCloseTo(10, 1);
		expect(Math.hypot(b1x - b2x, b1y - b2y)).toBeCloseTo(10, 1);
		// base -> tip is parallel to c2 -> to.
		const [, , c2] = cubic(a.d);
		const cross = (to.x - base.x) * (to.y - c2.y) - (to.y - base.y) * (to.x - c2.x);
		const dot = (to.x - base.x) * (to.x - c2.x) + (to.y - base.y) * (to.y - c2.y);
		expect(Math.abs(cross) / dot).toBeLessThan(0.01);
		expect(dot).toBeGreaterThan(0);
	});

	it.each([
		{ name: 'the same point', from: { x: 5, y: 5 }, to: { x: 5, y: 5 } },
		{ name: 'points under half a pixel apart', from: { x: 5, y: 5 }, to: { x: 5.3, y: 5.3 } },
		{ name: 'NaN', from: { x: NaN, y: 5 }, to: { x: 50, y: 5 } },
		{ name: 'Infinity', from: { x: 0, y: 5 }, to: { x: 50, y: Infinity } }
	])('returns null for $name', ({ from, to }) => {
		expect(arrowPath(from, to)).toBeNull();
	});

	it('falls back to defaults for NaN options', () => {
		const a = arrowPath(
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ bend: NaN, offset: NaN, headSize: NaN }
		);
		expect(a).toEqual(arrowPath({ x: 0, y: 0 }, { x: 100, y: 0 }));
	});
});

describe('uprightAngle', () => {
	it.each([
		[0, 0],
		[45, 45],
		[90, 90],
		[135, -45],
		[180, 0],
		[-90, 90],
		[-135, 45],
		[270, 90],
		[NaN, 0]
	])('%f° reads as %f°', (angle, want) => {
		expect(uprightAngle(angle)).toBeCloseTo(want, 9);
	});
});

describe('anchorPoints', () => {
	const point = (cx: number, y: number, r?: number) => ({ x0: cx, x1: cx, cx, y, r });
	const bar = (x0: number, x1: number, y: number, r?: number) => ({
		x0,
		x1,
		cx: (x0 + x1) / 2,
		y,
		r
	});

	it.each([
		{
			name: 'point to a later point: facing edges',
			a: point(100, 20),
			b: point(200, 60),
			want: { from: { x: 106, y: 20 }, to: { x: 194, y: 60 } }
		},
		{
			name: 'bar to a later bar: bar ends, no radius',
			a: bar(0, 50, 20),
			b: bar(80, 120, 20),
			want: { from: { x: 50, y: 20 }, to: { x: 80, y: 20 } }
		},
		{
			name: 'a later mark to an earlier one: left edge to right edge',
			a: point(200, 20, 4),
			b: bar(0, 50, 40),
			want: { from: { x: 196, y: 20 }, to: { x: 50, y: 40 } }
		},
		{
			name: 'same time, lower row: bottom edge to top edge',
			a: point(100, 20),
			b: point(100, 60),
			want: { from: { x: 100, y: 26 }, to: { x: 100, y: 54 } }
		},
		{
			name: 'same time, upper row: top edge to bottom edge',
			a: point(100, 60, 4),
			b: point(103, 20, 5),
			want: { from: { x: 100, y: 56 }, to: { x: 103, y: 25 } }
		},
		{
			name: 'overlapping bars in different rows: vertical at the overlap middle',
			a: bar(0, 100, 20),
			b: bar(60, 300, 60),
			want: { from: { x: 80, y: 26 }, to: { x: 80, y: 54 } }
		},
		{
			name: 'overlapping marks in one row: over the top, centre to centre',
			a: bar(0, 100, 20),
			b: point(60, 22),
			want: { from: { x: 50, y: 14 }, to: { x: 60, y: 16 } }
		}
	])('$name', ({ a, b, want }) => {
		expect(anchorPoints(a, b)).toEqual(want);
	});

	it('gives an arrow from a point to a touching point a drawable path', () => {
		const { from, to } = anchorPoints(point(100, 20), point(108, 20));
		expect(arrowPath(from, to)).not.toBeNull();
	});
});

describe('parallelOffsets', () => {
	const link = (id: string, from: string, to: string) => ({ id, from, to });

	it.each([
		{ name: 'a single link', links: [link('x', 'a', 'b')], want: { x: 0 } },
		{
			name: 'two links the same way',
			links: [link('x', 'a', 'b'), link('y', 'a', 'b')],
			want: { x: -7, y: 7 }
		},
		{
			name: 'three links the same way',
			links: [link('x', 'a', 'b'), link('y', 'a', 'b'), link('z', 'a', 'b')],
			want: { x: -14, y: 0, z: 14 }
		},
		{
			name: 'a link and its reverse (both bow outwards)',
			links: [link('x', 'a', 'b'), link('y', 'b', 'a')],
			want: { x: 7, y: 7 }
		},
		{
			name: 'pairs apart from each other',
			links: [link('x', 'a', 'b'), link('y', 'b', 'c'), link('z', 'a', 'b')],
			want: { x: -7, y: 0, z: 7 }
		}
	])('$name', ({ links, want }) => {
		expect(Object.fromEntries(parallelOffsets(links))).toEqual(want);
	});

	it('is symmetric and distinct in the direction of the pair, reverse links flipped', () => {
		const links = [
			link('1', 'a', 'b'),
			link('2', 'b', 'a'),
			link('3', 'a', 'b'),
			link('4', 'b', 'a'),
			link('5', 'a', 'b')
		];
		const offsets = parallelOffsets(links, 10);
		const canonical = links.map((l) => (l.from === 'a' ? 1 : -1) * offsets.get(l.id)!);
		expect([...canonical].sort((p, q) => p - q)).toEqual([-20, -10, 0, 10, 20]);
		expect(parallelOffsets(links, 10)).toEqual(offsets);
	});

	it('keeps the drawn curves of a pair apart at any distance', () => {
		const links = [link('1', 'a', 'b'), link('2', 'b', 'a'), link('3', 'a', 'b')];
		const offsets = parallelOffsets(links);
		for (const dx of [20, 28, 56, 100, 400]) {
			const at = { a: { x: 0, y: 0 }, b: { x: dx, y: 0 } };
			const mids = links.map(
				(l) =>
					arrowPath(at[l.from as 'a' | 'b'], at[l.to as 'a' | 'b'], { offset: offsets.get(l.id) })!
						.mid
			);
			for (let i = 0; i < mids.length; i++) {
				for (let j = i + 1; j < mids.length; j++) {
					expect(Math.abs(mids[i].y - mids[j].y)).toBeGreaterThanOrEqual(14);
				}
			}
		}
	});
});
