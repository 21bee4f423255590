/**
 * Causal arrows for one frame: a curve for every link whose two ends are on screen, and a stub at
 * the chart's edge for every link with one end on screen and the other panned away or filtered
 * out (grouped per mark and side, with a count). Pure: placed marks and links in, geometry out.
 */
import type { CausalLink } from '../model/types.ts';
import { anchorPoints, arrowPath, parallelOffsets, type ArrowGeometry } from './arrows.ts';
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
	x: number;
	y: number;
	/** The hidden ends, in link order. */
	targets: string[];
	links: CausalLink[];
}

export interface ArrowLayout {
	arrows: PlacedArrow[];
	stubs: Stub[];
}

/** Horizontal distance between stubs that share a side and a row. */
export const STUB_PITCH = 34;

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
	barHalfHeight = 5
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

	// Stubs on one side at one height sit side by side, inwards, never on top of each other.
	const lanesAt = new Map<string, number>();
	const placedStubs = [...stubs.values()];
	for (const stub of placedStubs) {
		const slot = `${stub.side}|${Math.round(stub.y)}`;
		const n = lanesAt.get(slot) ?? 0;
		lanesAt.set(slot, n + 1);
		stub.x += (stub.side === 'left' ? 1 : -1) * n * STUB_PITCH;
	}

	const offsets = parallelOffsets(curves.map((d) => d.link));
	const arrows: PlacedArrow[] = [];
	for (const { link, from, to } of curves) {
		const r = (m: PlacedMark) => (m.geom.shape === 'point' ? POINT_RADIUS : barHalfHeight);
		const ends = anchorPoints(
			{ x0: from.geom.x0, x1: from.geom.x1, cx: from.geom.cx, y: from.y, r: r(from) },
			{ x0: to.geom.x0, x1: to.geom.x1, cx: to.geom.cx, y: to.y, r: r(to) }
		);
		// Bow upwards, unless that would climb above the chart's top: then bow downwards.
		const dist = Math.hypot(ends.to.x - ends.from.x, ends.to.y - ends.from.y);
		const bow = Math.min(60, dist / 4);
		const offset = offsets.get(link.id) ?? 0;
		const up = ends.to.x >= ends.from.x;
		const top = Math.min(ends.from.y, ends.to.y) - (bow + Math.abs(offset)) * 0.75;
		const bend = top < 2 ? (up ? -bow : bow) : up ? bow : -bow;
		const geometry = arrowPath(ends.from, ends.to, {
			offset: top < 2 ? -offset : offset,
			bend: Math.abs(ends.to.x - ends.from.x) < 1 ? bow : bend
		});
		if (geometry) arrows.push({ ...geometry, link, fromKey: from.key, toKey: to.key });
	}
	return { arrows, stubs: placedStubs };
}
