/**
 * One shape per event kind, so kinds stay apart without colour (colour-blind readers, print).
 * d3-shape computes the path; components draw it.
 */
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye,
	type SymbolType
} from 'd3';
import type { EventKind } from '../model/types.ts';

/** A downward triangle: the "statement" shape, distinct from the attack triangle. */
const symbolTriangleDown: SymbolType = {
	draw(context, size) {
		const s = Math.sqrt(size / (Math.sqrt(3) / 4)) / 2;
		const h = (s * Math.sqrt(3)) / 2;
		context.moveTo(0, h * 0.75);
		context.lineTo(s, -h * 0.6);
		context.lineTo(-s, -h * 0.6);
		context.closePath();
	}
};

/** A ring (hollow circle drawn as an even-odd path): "other". */
const symbolRing: SymbolType = {
	draw(context, size) {
		const r = Math.sqrt(size / Math.PI);
		const inner = r * 0.45;
		context.moveTo(r, 0);
		context.arc(0, 0, r, 0, 2 * Math.PI);
		context.moveTo(inner, 0);
		context.arc(0, 0, inner, 0, 2 * Math.PI, true);
	}
};

export const KIND_SYMBOLS: Record<EventKind, SymbolType> = {
	attack: symbolTriangle,
	diplomacy: symbolCircle,
	'military-operation': symbolSquare,
	political: symbolDiamond,
	economic: symbolStar,
	publication: symbolCross,
	report: symbolWye,
	statement: symbolTriangleDown,
	other: symbolRing
};

const paths = new Map<string, string>();

/**
 * SVG path data for a kind's symbol of the given area (px²), centred on 0,0. Worked out once per
 * kind and area: every mark of a kind draws the same path.
 */
export function kindSymbolPath(kind: EventKind, area = 80): string {
	const key = `${kind} ${area}`;
	let path = paths.get(key);
	if (path === undefined) {
		path = symbol(KIND_SYMBOLS[kind] ?? symbolCircle, area)() ?? '';
		paths.set(key, path);
	}
	return path;
}
