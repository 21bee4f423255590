/**
 * The chart of a share card as SVG markup: the card's events laid out by the chart's own layout
 * (packing, frame, arrows, ticks, kind symbols), the other events of that stretch of time as
 * faint dots on the axis, and the time axis. Light theme colours, as app.css has them. Pure:
 * the dataset, what the card shows and a box in; a string out. Text goes through `escapeXml`.
 */
import { layoutArrows } from '../layout/causal.ts';
import { dataBounds, focusWindow, windowToScale, type TimeWindow } from '../layout/scale.ts';
import { kindSymbolPath } from '../layout/symbols.ts';
import { timeTicks } from '../layout/ticks.ts';
import { layoutTimeline, type PlacedMark } from '../layout/timeline.ts';
import { estimateTextWidth, truncateWords } from '../layout/labels.ts';
import { LABEL_SAFETY } from '../layout/packing.ts';
import { startsOf } from '../model/lookup.ts';
import type { Dataset, EventKind, LinkBasis, TimelineEvent } from '../model/types.ts';
import type { CardContent } from './card-subject.ts';

/** The light theme's colours (app.css): text, muted text, rules, accent, kinds. */
export const CARD_COLOURS = {
	bg: '#ffffff',
	fg: '#16181d',
	muted: '#4a5160',
	border: '#c9ced6',
	strong: '#7b8494',
	accent: '#1d4ed8'
} as const;

export const KIND_COLOURS: Record<EventKind, string> = {
	attack: '#c2410c',
	'military-operation': '#7e22ce',
	diplomacy: '#1d4ed8',
	political: '#a16207',
	economic: '#047857',
	publication: '#4b5563',
	report: '#0e7490',
	statement: '#be185d',
	other: '#57534e'
};

/** Dashes per basis, as the chart draws evidence (scaled up for the card). */
const DASH: Record<LinkBasis, string | null> = {
	reported: null,
	inferred: '8 6',
	context: '1 6'
};

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text or an attribute value made safe for XML. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export const CARD_FONT = 18;
const AXIS = 44;
/** Room above the top row for arrows to bow into, and the widest a row is spread to. */
const HEADROOM = 40;
const MAX_ROW = 80;
const BAR = 12;
/** A background-coloured outline under label text, so that it reads over bars and arrows. */
const HALO = `stroke="${CARD_COLOURS.bg}" stroke-width="5" stroke-linejoin="round" paint-order="stroke"`;
const SYMBOL_AREA = 190;
/** Room a bar's symbol takes at its start, before a label pinned inside the bar. */
const SYMBOL_ROOM = 14;
const n = (v: number) => String(Math.round(v * 10) / 10);

/** One event's mark (and label) in its row; `width` is the plot's, which labels stay inside. */
function markSvg(
	m: PlacedMark,
	dataset: Dataset,
	content: CardContent,
	fontSize: number,
	width: number
): string {
	const e = dataset.events.find((ev) => ev.id === m.eventId);
	if (!e) return '';
	const c = KIND_COLOURS[e.kind] ?? KIND_COLOURS.other;
	const g = m.geom;
	const sx = g.shape === 'bar' ? g.x0 + 7 : g.cx;
	const parts: string[] = [];
	if (g.shape !== 'point') {
		const dash = g.fuzzy ? ' stroke-dasharray="4 3"' : '';
		const fill = e.status === 'forecast' ? 0.08 : g.fuzzy ? 0.2 : 0.8;
		parts.push(
			`<rect x="${n(g.x0)}" y="${n(-BAR / 2)}" width="${n(g.x1 - g.x0)}" height="${BAR}" rx="3" fill="${c}" fill-opacity="${fill}" stroke="${c}"${dash}/>`
		);
	}
	const highlighted = m.eventId === content.highlight;
	if (highlighted) {
		parts.push(
			`<circle cx="${n(sx)}" cy="0" r="14" fill="none" stroke="${CARD_COLOURS.accent}" stroke-width="3"/>`
		);
	}
	const paint =
		e.status === 'forecast'
			? `fill="${CARD_COLOURS.bg}" stroke="${c}" stroke-width="2.5"`
			: `fill="${c}"`;
	parts.push(
		`<path d="${kindSymbolPath(e.kind, SYMBOL_AREA)}" transform="translate(${n(sx)} 0)" ${paint}/>`
	);
	if (content.labels && m.labelVisible && m.label) {
		// A label pinned inside a bar starts after the bar's symbol, shortened by as much.
		let { labelX: x, label } = m;
		if (g.shape === 'bar' && x >= g.x0 && x < sx + SYMBOL_ROOM) {
			x = sx + SYMBOL_ROOM;
			const over = x + m.labelWidth - (width - 4);
			if (over > 0) label = truncateWords(label, (m.labelWidth - over) / LABEL_SAFETY, fontSize);
		}
		const weight = highlighted ? ' font-weight="700"' : '';
		const style = e.status === 'forecast' ? ' font-style="italic"' : '';
		parts.push(
			`<text x="${n(x)}" y="${n(fontSize * 0.36)}" ${HALO} fill="${CARD_COLOURS.fg}"${weight}${style}>${escapeXml(label)}</text>`
		);
	}
	return `<g data-event-id="${escapeXml(m.eventId)}" transform="translate(0 ${n(m.y)})">${parts.join('')}</g>`;
}

/** Text sizes and row heights tried in turn, until every event (or at least the card's own) has a row. */
const DENSITIES = [
	{ fontSize: CARD_FONT, rowHeight: 34 },
	{ fontSize: CARD_FONT - 2, rowHeight: 28 },
	{ fontSize: CARD_FONT - 3, rowHeight: 24 }
] as const;

function packCard(
	events: readonly TimelineEvent[],
	dataset: Dataset,
	content: CardContent,
	window: TimeWindow,
	width: number,
	plot: number
) {
	const tries = (content.labels ? DENSITIES : [{ fontSize: CARD_FONT, rowHeight: 22 }]).map(
		({ fontSize, rowHeight }) => ({
			fontSize,
			rowHeight,
			layout: layoutTimeline(events, dataset.actors, [], window, width, 'compact', {
				fontSize,
				rowHeight,
				maxLabelWidth: content.labels ? 340 : 0,
				rowLimit: Math.max(1, Math.floor((plot - HEADROOM) / rowHeight) - 1)
			})
		})
	);
	const hasOwn = (t: (typeof tries)[number]) =>
		content.highlight === null || t.layout.marks.some((m) => m.eventId === content.highlight);
	// The largest text that gives every event a row; else, of those that keep the card's own
	// event, the one that groups the fewest.
	const grouped = (t: (typeof tries)[number]) =>
		t.layout.clusters.reduce((sum, c) => sum + c.count, 0);
	const candidates = tries.filter(hasOwn);
	return (candidates.length > 0 ? candidates : tries).reduce((best, t) =>
		grouped(t) < grouped(best) ? t : best
	);
}

/** The chart for a card's content, drawn inside `box` (the axis at its bottom). */
export function chartSvg(dataset: Dataset, content: CardContent, box: Box): string {
	const { width } = box;
	const shown = new Set(content.events.map((e) => e.id));
	// The whole timeline opens where the app's camera does (past a few early outliers).
	const window = content.labels ? dataBounds(content.events, 0.08) : focusWindow(dataset.events);
	const inView = content.events.filter((e) => e.end >= window.start && e.start <= window.end);
	const plot = box.height - AXIS;
	const { layout, fontSize, rowHeight } = packCard(inView, dataset, content, window, width, plot);
	// Few rows are spread over the room there is (arrows keep some headroom to bow into).
	const rows = Math.max(1, Math.round(layout.height / rowHeight));
	const spacing = Math.min(MAX_ROW, Math.max(rowHeight, (plot - HEADROOM) / rows));
	const k = spacing / rowHeight;
	const marks = layout.marks.map((m) => ({ ...m, y: m.y * k }));
	const clusters = layout.clusters.map((c) => ({ ...c, y: c.y * k }));
	// Centred in the room left, with headroom for the arrows' bows above the top row.
	const free = plot - rows * spacing;
	const top = box.y + Math.max(0, Math.min(free, Math.max(HEADROOM, free / 2)));
	const { arrows } = layoutArrows(marks, content.links, width, startsOf(dataset), shown);

	const out: string[] = [];
	out.push(`<g transform="translate(${n(box.x)} ${n(top)})" font-size="${fontSize}">`);
	for (const a of arrows) {
		const touches =
			content.highlight !== null &&
			(a.link.from === content.highlight || a.link.to === content.highlight);
		const colour = touches
			? CARD_COLOURS.accent
			: content.labels
				? CARD_COLOURS.muted
				: CARD_COLOURS.strong;
		const dash = DASH[a.link.basis];
		const dashAttr = dash ? ` stroke-dasharray="${dash}" stroke-linecap="round"` : '';
		out.push(
			`<g class="arrow" opacity="${content.labels ? 1 : 0.55}"><path d="${a.d}" fill="none" stroke="${colour}" stroke-width="${content.labels ? 2.5 : 1.75}"${dashAttr}/><path d="${a.head}" fill="${colour}"/></g>`
		);
	}
	for (const c of clusters) {
		out.push(
			`<rect x="${n(c.x0)}" y="${n(c.y - 8)}" width="${n(c.x1 - c.x0)}" height="16" rx="8" fill="${CARD_COLOURS.border}"/>`
		);
		if (c.label) {
			out.push(
				`<text x="${n(c.labelX)}" y="${n(c.y + 6)}" ${HALO} fill="${CARD_COLOURS.muted}">${escapeXml(c.label)}</text>`
			);
		}
	}
	for (const m of marks) out.push(markSvg(m, dataset, content, fontSize, width));
	out.push('</g>');

	// The axis, with the rest of that stretch of time as faint dots on it.
	const axisY = box.y + plot + 8;
	const scale = windowToScale(window, width);
	out.push(`<g transform="translate(${n(box.x)} ${n(axisY)})" font-size="16">`);
	out.push(`<line x1="0" x2="${n(width)}" y1="0" y2="0" stroke="${CARD_COLOURS.strong}"/>`);
	if (content.labels) {
		for (const e of dataset.events) {
			const x = scale((e.start + e.end) / 2);
			if (shown.has(e.id) || !(x >= 0 && x <= width)) continue;
			out.push(`<circle cx="${n(x)}" cy="0" r="3.5" fill="${CARD_COLOURS.strong}" opacity="0.6"/>`);
		}
	}
	for (const t of timeTicks(window, width, 130).ticks) {
		const half = (estimateTextWidth(t.label, 16) * 1.15) / 2;
		out.push(
			`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="0" y2="${t.major ? 9 : 6}" stroke="${CARD_COLOURS.strong}"/>`
		);
		if (t.x - half < 0 || t.x + half > width) continue;
		out.push(
			`<text x="${n(t.x)}" y="30" text-anchor="middle" fill="${CARD_COLOURS.muted}">${escapeXml(t.label)}</text>`
		);
	}
	out.push('</g>');
	return out.join('');
}
