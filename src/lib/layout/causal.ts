/**
 * Causal arrows for one frame: a curve for every link whose two ends are on screen, and a stub at
 * the chart's edge for every link with one end on screen and the other panned away or filtered
 * out (grouped per mark and side, with a count). Pure: placed marks and links in, geometry out.
 */
import type { CausalLink } from '../model/types.ts';
import {
	anchorPoints,
	arrowPath,
	parallelOffsets,
	type ArrowGeometry,
	type ArrowOptions
} from './arrows.ts';
import { chooseRoute, markObstacles, ObstacleGrid } from './route.ts';
import { POINT_RADIUS } from './marks.ts';
import type { PlacedMark } from './timeline.ts';

export interface PlacedArrow extends ArrowGeometry {
	link: CausalLink;
	fromKey: string;
	toKey: string;
}

export interface Stub {
	/** Unique per stub. */
	key: string;
	/** The visible mark the stub belongs to. */
	markKey: string;
	eventId: string;
	side: 'left' | 'right';
	/** Why the other ends are not drawn: outside the window, or hidden by the filters. */
	reason: 'offscreen' | 'filtered';
	/** The plot's edge on that side (0 or the width): the pill is drawn outside it. */
	x: number;
	/** The row of the mark the stub belongs to. */
	y: number;
	/** Where the pill's centre is drawn: `y`, or lower where stubs would overlap. */
	at: number;
	/** The hidden ends, in link order. */
	targets: string[];
	links: CausalLink[];
}

export interface ArrowLayout {
	arrows: PlacedArrow[];
	stubs: Stub[];
}

/** Past this many arrows in view, arrows take the usual bow without routing around labels. */
export const ROUTE_LIMIT = 120;

/** Routes tried in order: [side (1 = the usual upward bow), how much wider than usual]. */
const ROUTES: readonly [number, number][] = [
	[1, 1],
	[-1, 1],
	[1, 1.8],
	[-1, 1.8],
	[1, 0.35],
	[-1, 0.35]
];

/** Height of a stub's pill, and the least distance between the centres of two on one side. */
export const STUB_HEIGHT = 24;
const STUB_GAP = 2;

/**
 * Stubs sit in a gutter outside the plot (they never cover a label), one column per side: where
 * two would overlap, the lower moves down just enough. `y` is each stub's own row; `at` its pill.
 */
export function stackStubs(stubs: Stub[]): void {
	for (const side of ['left', 'right'] as const) {
		const column = stubs.filter((s) => s.side === side).sort((a, b) => a.y - b.y);
		let next = -Infinity;
		for (const s of column) {
			s.at = Math.max(s.y, next);
			next = s.at + STUB_HEIGHT + STUB_GAP;
		}
	}
}

const onScreen = (m: PlacedMark, width: number) => m.x1 >= 0 && m.x0 <= width;

/** The pair of marks (one per end) that are closest, for events drawn in several lanes. */
function closestPair(a: PlacedMark[], b: PlacedMark[]): [PlacedMark, PlacedMark] {
	let best: [PlacedMark, PlacedMark] = [a[0], b[0]];
	let bestD = Infinity;
	for (const p of a) {
		for (const q of b) {
			const d = Math.abs(p.y - q.y) * 4 + Math.abs(p.geom.cx - q.geom.cx);
			if (d < bestD) {
				bestD = d;
				best = [p, q];
			}
		}
	}
	return best;
}

/**
 * @param marks every placed mark (not culled), so that off-screen ends are known.
 * @param starts each event's start instant, to tell on which side a filtered-out end lies.
 */
export function layoutArrows(
	marks: readonly PlacedMark[],
	links: readonly CausalLink[],
	width: number,
	starts: ReadonlyMap<string, number>,
	/** Events drawn somewhere (in or out of view); other link ends are filtered out. */
	drawn: ReadonlySet<string> = new Set(marks.map((m) => m.eventId)),
	barHalfHeight = 5,
	/** Route arrows around labels and marks they do not belong to, within [2, height] px. */
	route?: { height: number }
): ArrowLayout {
	const byEvent = new Map<string, PlacedMark[]>();
	for (const m of marks) {
		const list = byEvent.get(m.eventId);
		if (list) list.push(m);
		else byEvent.set(m.eventId, [m]);
	}
	const curves: { link: CausalLink; from: PlacedMark; to: PlacedMark }[] = [];
	const stubs = new Map<string, Stub>();
	const addStub = (
		mark: PlacedMark,
		side: 'left' | 'right',
		reason: Stub['reason'],
		target: string,
		link: CausalLink
	) => {
		const key = `${mark.key}|${side}|${reason}`;
		let stub = stubs.get(key);
		if (!stub) {
			stub = {
				key,
				markKey: mark.key,
				eventId: mark.eventId,
				side,
				reason,
				x: side === 'left' ? 0 : width,
				y: mark.y,
				at: mark.y,
				targets: [],
				links: []
			};
			stubs.set(key, stub);
		}
		if (!stub.targets.includes(target)) stub.targets.push(target);
		stub.links.push(link);
	};

	for (const link of links) {
		const fromMarks = byEvent.get(link.from);
		const toMarks = byEvent.get(link.to);
		if (fromMarks && toMarks) {
			const [from, to] = closestPair(fromMarks, toMarks);
			const fromIn = onScreen(from, width);
			const toIn = onScreen(to, width);
			if (fromIn && toIn) curves.push({ link, from, to });
			else if (fromIn) addStub(from, to.x0 > width ? 'right' : 'left', 'offscreen', link.to, link);
			else if (toIn) addStub(to, from.x0 > width ? 'right' : 'left', 'offscreen', link.from, link);
			continue;
		}
		// One end not placed in this frame: out of view (drawn elsewhere) or filtered out. A stub
		// on the visible end, on the side where the other lies in time.
		const shown = fromMarks ?? toMarks;
		if (!shown) continue;
		const hidden = fromMarks ? link.to : link.from;
		const visibleEnd = fromMarks ? link.from : link.to;
		const reason = drawn.has(hidden) ? 'offscreen' : 'filtered';
		for (const mark of shown) {
			if (!onScreen(mark, width)) continue;
			const later = (starts.get(hidden) ?? 0) >= (starts.get(visibleEnd) ?? 0);
			addStub(mark, later ? 'right' : 'left', reason, hidden, link);
			break;
		}
	}

	const placedStubs = [...stubs.values()];
	stackStubs(placedStubs);

	const offsets = parallelOffsets(curves.map((d) => d.link));
	// Routing costs a few µs per arrow and obstacle cell: beyond ROUTE_LIMIT arrows, plain bows.
	const grid =
		route && curves.length > 0 && curves.length <= ROUTE_LIMIT
			? new ObstacleGrid(markObstacles(marks.filter((m) => onScreen(m, width))))
			: null;
	const arrows: PlacedArrow[] = [];
	for (const { link, from, to } of curves) {
		const r = (m: PlacedMark) => (m.geom.shape === 'point' ? POINT_RADIUS : barHalfHeight);
		const ends = anchorPoints(
			{ x0: from.geom.x0, x1: from.geom.x1, cx: from.geom.cx, y: from.y, r: r(from) },
			{ x0: to.geom.x0, x1: to.geom.x1, cx: to.geom.cx, y: to.y, r: r(to) }
		);
		const dist = Math.hypot(ends.to.x - ends.from.x, ends.to.y - ends.from.y);
		const bow = Math.min(60, dist / 4);
		const offset = offsets.get(link.id) ?? 0;
		const up = ends.to.x >= ends.from.x;
		const vertical = Math.abs(ends.to.x - ends.from.x) < 1;
		let options: ArrowOptions;
		if (grid && route) {
			// Bow upwards, else downwards, else wider: the first route clear of others' labels.
			const base = vertical || up ? bow : -bow;
			const candidates = ROUTES.map(([sign, scale]) => ({
				bend: sign * scale * base,
				offset: sign * offset
			}));
			options = chooseRoute(
				ends.from,
				ends.to,
				candidates,
				grid,
				[link.from, link.to],
				2,
				route.height
			);
		} else {
			// Bow upwards, unless that would climb above the chart's top: then bow downwards.
			const top = Math.min(ends.from.y, ends.to.y) - (bow + Math.abs(offset)) * 0.75;
			const bend = top < 2 ? (up ? -bow : bow) : up ? bow : -bow;
			options = { offset: top < 2 ? -offset : offset, bend: vertical ? bow : bend };
		}
		const geometry = arrowPath(ends.from, ends.to, options);
		if (geometry) arrows.push({ ...geometry, link, fromKey: from.key, toKey: to.key });
	}
	return { arrows, stubs: placedStubs };
}
