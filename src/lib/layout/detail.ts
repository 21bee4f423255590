/**
 * Level of detail: how much the chart draws, and how. Past a number of marks in view they are
 * painted on a canvas (only those a reader is on stay SVG); past a number of arrows, only the
 * selected event's chain keeps its arrows. While a large dataset's zoom has not settled, marks stay
 * on the canvas whatever their number: building hundreds of SVG nodes for one frame of a gesture
 * (and dropping them a few frames later) costs more than the frame has. Pure: placed marks and
 * links in, what to draw out.
 */
import type { CausalLink } from '../model/types.ts';
import { layoutArrows, type ArrowLayout } from './causal.ts';
import type { PlacedMark } from './timeline.ts';

/** Beyond this many marks in view, marks are painted on a canvas instead of SVG nodes. */
export const CANVAS_THRESHOLD = 250;
/** Beyond this many arrows and stubs in view, only the selected chain's are drawn. */
export const MAX_ARROWS = 250;
/** On a canvas, at most this many marks stay SVG (focus, hover, selection, chain). */
export const MAX_OVERLAY = 300;

export interface DetailInput {
	marks: readonly PlacedMark[];
	links: readonly CausalLink[];
	width: number;
	/** The plot's height, within which arrows are routed. */
	height: number;
	starts: ReadonlyMap<string, number>;
	/** Events drawn somewhere (in or out of view); other link ends are filtered out. */
	drawn: ReadonlySet<string>;
	/** Whether the reader wants arrows at all. */
	arrows: boolean;
	/** The selected event's chain, or null. */
	chainLinks: ReadonlySet<string> | null;
	/** A zoom is under way and the packing waits for it to settle (large datasets only). */
	moving?: boolean;
}

export interface Detail {
	onCanvas: boolean;
	arrows: ArrowLayout;
	/** Arrows were left out (the reader is told so). */
	tooManyArrows: boolean;
}

const NONE: ArrowLayout = { arrows: [], stubs: [] };

export function levelOfDetail(i: DetailInput): Detail {
	const many = i.marks.length > CANVAS_THRESHOLD;
	const onCanvas = many || (i.moving ?? false);
	if (!i.arrows) return { onCanvas, arrows: NONE, tooManyArrows: false };
	const route = { height: i.height };
	const arrowsOf = (links: readonly CausalLink[]) =>
		layoutArrows(i.marks, links, i.width, i.starts, i.drawn, 5, route);
	if (!many) {
		const all = arrowsOf(i.links);
		if (all.arrows.length + all.stubs.length <= MAX_ARROWS) {
			return { onCanvas, arrows: all, tooManyArrows: false };
		}
	}
	const chain = i.chainLinks;
	return {
		onCanvas,
		arrows: chain ? arrowsOf(i.links.filter((l) => chain.has(l.id))) : NONE,
		tooManyArrows: true
	};
}

/** On a canvas, the marks SVG still draws: those a keyboard or pointer is on, and the chain. */
export function svgMarks(
	marks: readonly PlacedMark[],
	onCanvas: boolean,
	keep: {
		focusKey: string | null;
		hoverKey: string | null;
		selectedId: string | null;
		chain: ReadonlySet<string> | null;
	}
): readonly PlacedMark[] {
	if (!onCanvas) return marks;
	return marks
		.filter(
			(m) =>
				m.key === keep.focusKey ||
				m.key === keep.hoverKey ||
				m.eventId === keep.selectedId ||
				(keep.chain?.has(m.eventId) ?? false)
		)
		.slice(0, MAX_OVERLAY);
}
