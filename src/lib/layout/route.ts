/**
 * Arrow routing: which way an arrow bows so that it does not run through labels and marks it
 * does not belong to, nor out of the plot. Candidates are tried in order (the usual bow first)
 * and the first clear one wins; when none is clear, the one crossing least. Pure.
 */
import { curvePoints, type ArrowOptions, type Point } from './arrows.ts';

/** A box an arrow should not cross, unless it belongs to one of the arrow's own events. */
export interface Obstacle {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	owner: string;
}

const CELL = 32;
/** A number per grid cell (cells span ±2^20 × 32 px, far beyond any chart). */
const cellKey = (cx: number, cy: number) => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);

/** Obstacles bucketed in a uniform grid, so a point is tested against its cell's boxes only. */
export class ObstacleGrid {
	#cells = new Map<number, Obstacle[]>();

	constructor(obstacles: readonly Obstacle[]) {
		for (const o of obstacles) {
			if (![o.x0, o.x1, o.y0, o.y1].every(Number.isFinite)) continue;
			for (let cx = Math.floor(o.x0 / CELL); cx <= Math.floor(o.x1 / CELL); cx++) {
				for (let cy = Math.floor(o.y0 / CELL); cy <= Math.floor(o.y1 / CELL); cy++) {
					const key = cellKey(cx, cy);
					const list = this.#cells.get(key);
					if (list) list.push(o);
					else this.#cells.set(key, [o]);
				}
			}
		}
	}

	/** Whether `p` lies in a box owned by neither `a` nor `b`. */
	blocked(p: Point, a: string, b: string): boolean {
		const list = this.#cells.get(cellKey(Math.floor(p.x / CELL), Math.floor(p.y / CELL)));
		if (!list) return false;
		for (const o of list) {
			if (
				p.x >= o.x0 &&
				p.x <= o.x1 &&
				p.y >= o.y0 &&
				p.y <= o.y1 &&
				o.owner !== a &&
				o.owner !== b
			)
				return true;
		}
		return false;
	}
}

/** What marks look like to the router: their symbol and, when shown, their label. */
export interface RoutedMark {
	eventId: string;
	x0: number;
	x1: number;
	y: number;
	labelVisible: boolean;
	labelX: number;
	labelWidth: number;
}

/** Boxes around every mark's symbol and visible label (labels are about 14 px tall). */
export function markObstacles(marks: readonly RoutedMark[], half = 7): Obstacle[] {
	const out: Obstacle[] = [];
	for (const m of marks) {
		out.push({ x0: m.x0, x1: m.x1, y0: m.y - half, y1: m.y + half, owner: m.eventId });
		if (m.labelVisible && m.labelWidth > 0) {
			out.push({
				x0: m.labelX,
				x1: m.labelX + m.labelWidth,
				y0: m.y - half,
				y1: m.y + half,
				owner: m.eventId
			});
		}
	}
	return out;
}

/** Samples along a curve; enough to catch a 14 px label on an arrow a few hundred px long. */
const SAMPLES = 24;

/** How bad a route is: points inside foreign boxes, and (far worse) points outside the plot. */
function cost(
	points: readonly Point[],
	grid: ObstacleGrid,
	a: string,
	b: string,
	top: number,
	bottom: number
): number {
	let c = 0;
	for (const p of points) {
		if (p.y < top || p.y > bottom) c += 100;
		else if (grid.blocked(p, a, b)) c += 1;
	}
	return c;
}

/**
 * The first of `candidates` whose curve from `from` to `to` stays inside [top, bottom] and
 * crosses no foreign box; else the least bad. Ties keep the earlier candidate.
 */
export function chooseRoute(
	from: Point,
	to: Point,
	candidates: readonly ArrowOptions[],
	grid: ObstacleGrid,
	ends: readonly [string, string],
	top: number,
	bottom: number
): ArrowOptions {
	let best = candidates[0] ?? {};
	let bestCost = Infinity;
	for (const c of candidates) {
		const k = cost(curvePoints(from, to, c, SAMPLES), grid, ends[0], ends[1], top, bottom);
		if (k < bestCost) {
			best = c;
			bestCost = k;
			if (k === 0) break;
		}
	}
	return best;
}
