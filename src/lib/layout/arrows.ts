/**
 * Causal arrows: a bowed cubic Bézier between two anchors, an arrowhead along its end tangent,
 * where on two marks an arrow should start and end, and offsets that keep parallel links apart.
 */
import { pathRound } from 'd3';
import { POINT_RADIUS } from './marks';

export interface Point {
	x: number;
	y: number;
}

/** `d` the curve, `head` a closed triangle at its end, `mid` its t = 0.5 point and tangent angle. */
export interface ArrowGeometry {
	d: string;
	head: string;
	mid: Point;
	/** Degrees, of the tangent at `mid` (screen coordinates, y down; 0 = rightwards). */
	angle: number;
}

export interface ArrowOptions {
	/** Extra bow (px, signed) for parallel links; see {@link parallelOffsets}. Default 0. */
	offset?: number;
	/** Arrowhead length (px); its base is as wide as it is long. Default 8. */
	headSize?: number;
	/**
	 * How far (px) the curve's midpoint sits from the straight line. Positive bows to the left of
	 * the direction of travel as seen on screen (upwards for a left-to-right arrow).
	 * Default min(60, distance / 4).
	 */
	bend?: number;
}

function finite(p: Point | null | undefined): p is Point {
	return p != null && Number.isFinite(p.x) && Number.isFinite(p.y);
}

function num(value: number | undefined, fallback: number): number {
	return value !== undefined && Number.isFinite(value) ? value : fallback;
}

/**
 * The control points of {@link arrowPath}'s curve (and the bow and unit normal they come from);
 * null when a coordinate is not finite or the ends are within 0.5 px of each other.
 */
export function arrowControls(
	from: Point,
	to: Point,
	opts?: ArrowOptions
): { c1: Point; c2: Point; bow: number; nx: number; ny: number } | null {
	if (!finite(from) || !finite(to)) return null;
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const dist = Math.hypot(dx, dy);
	if (!(dist >= 0.5)) return null;
	const bow = num(opts?.bend, Math.min(60, dist / 4)) + num(opts?.offset, 0);
	// Unit normal to the chord, to the left of travel on a y-down screen.
	const nx = dy / dist;
	const ny = -dx / dist;
	// Both control points pushed by k move the t = 0.5 point by 0.75 k.
	const k = (bow * 4) / 3;
	return {
		c1: { x: from.x + dx / 3 + nx * k, y: from.y + dy / 3 + ny * k },
		c2: { x: from.x + (2 * dx) / 3 + nx * k, y: from.y + (2 * dy) / 3 + ny * k },
		bow,
		nx,
		ny
	};
}

/** `n` points evenly spaced in t strictly inside (0, 1) along the curve {@link arrowPath} draws. */
export function curvePoints(
	from: Point,
	to: Point,
	opts: ArrowOptions | undefined,
	n: number
): Point[] {
	const c = arrowControls(from, to, opts);
	if (!c) return [];
	const out: Point[] = [];
	for (let i = 1; i <= n; i++) {
		const t = i / (n + 1);
		const u = 1 - t;
		const a = u * u * u;
		const b = 3 * u * u * t;
		const d = 3 * u * t * t;
		const e = t * t * t;
		out.push({
			x: a * from.x + b * c.c1.x + d * c.c2.x + e * to.x,
			y: a * from.y + b * c.c1.y + d * c.c2.y + e * to.y
		});
	}
	return out;
}

/**
 * A cubic Bézier from `from` to `to`, its midpoint `bend + offset` px off the chord, with an
 * arrowhead whose tip is `to`. Null when a coordinate is not finite or the ends are within
 * 0.5 px of each other.
 */
export function arrowPath(from: Point, to: Point, opts?: ArrowOptions): ArrowGeometry | null {
	const c = arrowControls(from, to, opts);
	if (!c) return null;
	const { c1, c2, bow, nx, ny } = c;
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const size = Math.max(0, num(opts?.headSize, 8));
	const curve = pathRound(2);
	curve.moveTo(from.x, from.y);
	curve.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, to.x, to.y);

	// End tangent is to - c2 (never zero: it has a component along the chord).
	const tx = to.x - c2.x;
	const ty = to.y - c2.y;
	const tl = Math.hypot(tx, ty);
	const ux = tx / tl;
	const uy = ty / tl;
	const bx = to.x - ux * size;
	const by = to.y - uy * size;
	const half = size / 2;
	const head = pathRound(2);
	head.moveTo(to.x, to.y);
	head.lineTo(bx - uy * half, by + ux * half);
	head.lineTo(bx + uy * half, by - ux * half);
	head.closePath();

	return {
		d: curve.toString(),
		head: head.toString(),
		mid: { x: from.x + dx / 2 + nx * bow, y: from.y + dy / 2 + ny * bow },
		// The tangent at t = 0.5 is parallel to the chord.
		angle: (Math.atan2(dy, dx) * 180) / Math.PI
	};
}

/** `angle` turned by 180° if needed so text drawn along it is never upside down: (-90, 90]. */
export function uprightAngle(angle: number): number {
	if (!Number.isFinite(angle)) return 0;
	let a = ((angle % 360) + 360) % 360;
	if (a > 180) a -= 360;
	if (a > 90) a -= 180;
	else if (a <= -90) a += 180;
	return a;
}

/** A mark as arrows see it: horizontal extent, centre, row y, and half-height / radius `r`. */
export interface AnchorMark {
	x0: number;
	x1: number;
	cx: number;
	y: number;
	/** Point radius or half the bar height (default 6). */
	r?: number;
}

function radius(m: AnchorMark): number {
	return m.r !== undefined && Number.isFinite(m.r) && m.r >= 0 ? m.r : POINT_RADIUS;
}

/** Horizontal extent as drawn: a point (x0 = x1) grows by its radius. */
function drawn(m: AnchorMark, r: number): [number, number] {
	const lo = Math.min(m.x0, m.x1);
	const hi = Math.max(m.x0, m.x1);
	return hi - lo < 1e-9 ? [lo - r, hi + r] : [lo, hi];
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(Math.max(v, lo), hi);
}

/**
 * Where an arrow from mark `a` to mark `b` starts and ends, on the edges that face each other:
 * - apart in x: from a's right edge to b's left edge (or the reverse when b lies before a), at
 *   each mark's y; a point's edge is its radius from its centre;
 * - overlapping in x, different rows: from a's bottom (top) edge to b's top (bottom) edge, at the
 *   middle of the x overlap (kept within each mark), so the arrow is about vertical;
 * - overlapping in x, same row: from a's top at a.cx to b's top at b.cx, so that the default
 *   bend arcs over the top for a left-to-right arrow.
 */
export function anchorPoints(a: AnchorMark, b: AnchorMark): { from: Point; to: Point } {
	const ra = radius(a);
	const rb = radius(b);
	const [a0, a1] = drawn(a, ra);
	const [b0, b1] = drawn(b, rb);
	if (b0 >= a1) return { from: { x: a1, y: a.y }, to: { x: b0, y: b.y } };
	if (a0 >= b1) return { from: { x: a0, y: a.y }, to: { x: b1, y: b.y } };
	if (Math.abs(b.y - a.y) >= ra + rb) {
		const mid = (Math.max(a0, b0) + Math.min(a1, b1)) / 2;
		const down = b.y > a.y ? 1 : -1;
		return {
			from: { x: clamp(mid, Math.min(a.x0, a.x1), Math.max(a.x0, a.x1)), y: a.y + down * ra },
			to: { x: clamp(mid, Math.min(b.x0, b.x1), Math.max(b.x0, b.x1)), y: b.y - down * rb }
		};
	}
	return { from: { x: a.cx, y: a.y - ra }, to: { x: b.cx, y: b.y - rb } };
}

/**
 * Offsets (px, for `arrowPath`'s `offset`) that keep links between the same two events apart.
 * The links of a pair get symmetric slots `spacing` apart (2: ∓7, 3: -14, 0, 14), measured in
 * the direction of the pair's first link; links in the reverse direction take the lowest slots
 * and have their sign flipped (their own normal points the other way), so no two curves of a
 * pair coincide for any non-negative bend. A link alone with its pair gets 0. Deterministic by order.
 */
export function parallelOffsets(
	links: readonly { id: string; from: string; to: string }[],
	spacing = 14
): Map<string, number> {
	const step = Number.isFinite(spacing) ? Math.abs(spacing) : 14;
	const pairs = new Map<string, { from: string; to: string; id: string }[]>();
	for (const link of links) {
		const key = link.from < link.to ? `${link.from}\0${link.to}` : `${link.to}\0${link.from}`;
		const group = pairs.get(key);
		if (group) group.push(link);
		else pairs.set(key, [link]);
	}
	const out = new Map<string, number>();
	for (const group of pairs.values()) {
		if (group.length === 1) {
			out.set(group[0].id, 0);
			continue;
		}
		const first = group[0];
		const reverse = group.filter((l) => l.from !== first.from);
		const forward = group.filter((l) => l.from === first.from);
		const n = group.length;
		[...reverse, ...forward].forEach((link, i) => {
			const slot = (i - (n - 1) / 2) * step;
			const value = link.from === first.from ? slot : -slot;
			out.set(link.id, value === 0 ? 0 : value);
		});
	}
	return out;
}
