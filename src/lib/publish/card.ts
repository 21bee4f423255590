/**
 * A share card (Open Graph image) as one SVG document, 1200×630: the Causeway mark and name, the
 * dataset's title, the subject's title (two lines at most, cut between words with "…") and its
 * short line, and the chart of what it shows. Pure: no DOM, no fonts measured (the layout's
 * estimate, widened for DejaVu Sans, which the build renders with); the server turns it into PNG.
 */
import favicon from '../assets/favicon.svg?raw';
import { estimateTextWidth, truncateWords } from '../layout/labels.ts';
import type { Dataset } from '../model/types.ts';
import { wrapText } from './wrap.ts';
import { CARD_COLOURS, chartSvg, escapeXml } from './card-chart.ts';
import { cardContent, type CardSubject } from './card-subject.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT_FAMILY = 'DejaVu Sans, Noto Sans, sans-serif';

const PAD = 56;
/** The title's sizes, largest first: a long title takes a smaller size and a third line. */
const TITLES = [
	{ size: 52, line: 64, lines: 2 },
	{ size: 42, line: 52, lines: 3 }
] as const;
/** DejaVu Sans runs wider than the estimate's Arial-like font, its bold wider still. */
const REGULAR_WIDTH = 1.15;
const BOLD_WIDTH = 1.25;

/**
 * `text` in lines no wider than `width` px at `size` (bold), at most `maxLines`: the last one
 * cut between words with "…" when the text does not fit.
 */
export function titleLines(text: string, width: number, size: number, maxLines = 2): string[] {
	const measure = (t: string) => estimateTextWidth(t, size) * BOLD_WIDTH;
	const lines = wrapText(text, width, measure);
	if (lines.length <= maxLines) return lines;
	const rest = lines.slice(maxLines - 1).join(' ');
	return [...lines.slice(0, maxLines - 1), truncateWords(rest, width / BOLD_WIDTH, size)];
}

/** The largest title size at which the whole title fits its lines, else the smallest, cut. */
function fitTitle(text: string, width: number): [(typeof TITLES)[number], string[]] {
	for (const t of TITLES) {
		const lines = titleLines(text, width, t.size, t.lines);
		if (lines.join(' ') === text.replace(/\s+/g, ' ').trim()) return [t, lines];
	}
	const last = TITLES[TITLES.length - 1];
	return [last, titleLines(text, width, last.size, last.lines)];
}

/** One line of regular text cut to `width` px with "…". */
function fit(text: string, width: number, size: number): string {
	return truncateWords(text.replace(/\s+/g, ' ').trim(), width / REGULAR_WIDTH, size);
}

/** The Causeway mark (the favicon) placed at x, y, `size` px square. */
export function markAt(x: number, y: number, size: number): string {
	return favicon
		.trim()
		.replace(/^<svg /, `<svg x="${x}" y="${y}" width="${size}" height="${size}" `)
		.replace(/<title>[^<]*<\/title>/, '');
}

/** The card for `subject` as an SVG document; null when the subject names nothing in `dataset`. */
export function cardSvg(dataset: Dataset, subject: CardSubject): string | null {
	const content = cardContent(dataset, subject);
	if (!content) return null;
	const inner = CARD_WIDTH - 2 * PAD;
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT_FAMILY}">`,
		`<title>${escapeXml(content.title)}</title>`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${CARD_COLOURS.bg}"/>`,
		`<rect width="${CARD_WIDTH}" height="10" fill="${CARD_COLOURS.accent}"/>`,
		markAt(PAD, 38, 44),
		`<text x="${PAD + 58}" y="71" font-size="30" font-weight="700" fill="${CARD_COLOURS.accent}">Causeway</text>`
	);
	if (subject.kind !== 'timeline' && subject.kind !== 'site') {
		const name = fit(dataset.title, inner - 260, 20);
		out.push(
			`<text x="${CARD_WIDTH - PAD}" y="68" font-size="20" text-anchor="end" fill="${CARD_COLOURS.muted}">${escapeXml(name)}</text>`
		);
	}
	const [title, lines] = fitTitle(content.title, inner);
	let y = 150 - (52 - title.size) / 2;
	out.push(
		`<text font-size="${title.size}" font-weight="700" fill="${CARD_COLOURS.fg}" class="title">`
	);
	lines.forEach((line, i) => {
		out.push(`<tspan x="${PAD}" y="${y + i * title.line}">${escapeXml(line)}</tspan>`);
	});
	out.push('</text>');
	y += (Math.max(1, lines.length) - 1) * title.line + 46;
	out.push(
		`<text x="${PAD}" y="${y}" font-size="26" fill="${CARD_COLOURS.muted}" class="line">${escapeXml(fit(content.line, inner, 26))}</text>`
	);
	const top = y + 24;
	if (subject.kind === 'site') {
		// No dataset to draw: the mark, large, where the chart would be.
		const size = Math.min(CARD_HEIGHT - 24 - top, 260);
		out.push(markAt((CARD_WIDTH - size) / 2, top + (CARD_HEIGHT - 24 - top - size) / 2, size));
	} else {
		out.push(
			chartSvg(dataset, content, { x: PAD, y: top, width: inner, height: CARD_HEIGHT - 24 - top })
		);
	}
	out.push('</svg>');
	return out.join('');
}
