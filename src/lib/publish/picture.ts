/**
 * Pictures of the current view (browser code): one SVG that stands alone, with the dataset's
 * title on top, the filters in words and the count, the chart as the reader sees it now (its
 * SVG layers, and the canvas of marks when there is one), the legend as on screen, and a source
 * line; and a PNG drawn from it at twice the device pixels. The colours are the theme's on
 * screen. No external resource: system fonts, and the canvas as a data URL. Every text goes in
 * as a text node and XMLSerializer escapes it.
 */
import type { Dataset } from '$lib/model/types';
import { fullPaint } from '$lib/components/marks/full-paint';
import { standaloneCopy, svgElement, token } from './picture-clone';
import { flowRows, wrapText, type Measure } from './wrap';

export interface PictureParts {
	dataset: Dataset;
	/** The filters in words (describeFilter), or null when unfiltered. */
	caption: string | null;
	/** "15 of 54 events" or "All 54 events". */
	count: string;
	/** The view's permalink. */
	url: string;
}

export interface Picture {
	svg: SVGSVGElement;
	width: number;
	height: number;
}

const PAD = 24;
/** Narrower charts (a phone's) are centred on a picture this wide, so its text has room. */
const MIN_INNER = 560;
const TITLE = { size: 22, line: 28, weight: 700 };
const CAPTION = { size: 14, line: 20, weight: 400 };
const SMALL = { size: 12, line: 17, weight: 400 };
const LEGEND_ROW = 24;

type Font = typeof TITLE;

function measurer(family: string): (font: Font) => Measure {
	const ctx = document.createElement('canvas').getContext('2d');
	return (font) => (text) => {
		if (!ctx) return text.length * font.size * 0.6;
		ctx.font = `${font.weight} ${font.size}px ${family}`;
		return ctx.measureText(text).width;
	};
}

/** The source line: "Source: <title>, <publisher> · Made with Causeway · <permalink>". */
export function sourceLine(dataset: Dataset, url: string): string {
	const basedOn = dataset.basedOn;
	const source = basedOn
		? [`Source: ${[basedOn.title, basedOn.publisher].filter(Boolean).join(', ')}`]
		: [];
	return [...source, 'Made with Causeway', url].join(' · ');
}

/** Positions in the chart's box: the element's rectangle relative to the chart's. */
function boxIn(chart: DOMRect, el: Element) {
	const r = el.getBoundingClientRect();
	return { x: r.left - chart.left, y: r.top - chart.top, width: r.width, height: r.height };
}

/** The chart's layers, clipped to its box: SVG below, canvas marks, SVG overlay on top. */
function chartLayers(chart: HTMLElement, box: DOMRect): SVGElement {
	const frame = svgElement('svg', {
		width: box.width,
		height: box.height,
		viewBox: `0 0 ${box.width} ${box.height}`,
		overflow: 'hidden'
	});
	const layers = chart.querySelectorAll<Element>('svg.chart-svg, .canvas-plot canvas, svg.overlay');
	for (const layer of layers) {
		const at = boxIn(box, layer);
		if (layer instanceof HTMLCanvasElement) {
			// A canvas that paints only the rows in view paints the whole chart for the picture.
			const full = fullPaint(layer);
			frame.append(
				svgElement('image', {
					...at,
					...(full && { y: at.y + full.dy, height: full.height }),
					href: full?.href ?? layer.toDataURL('image/png'),
					preserveAspectRatio: 'none'
				})
			);
			continue;
		}
		const copy = standaloneCopy(layer);
		for (const [key, value] of Object.entries(at)) copy.setAttribute(key, String(value));
		frame.append(copy);
	}
	return frame;
}

interface LegendItem {
	swatch: SVGElement;
	label: string;
	width: number;
}

/**
 * The on-screen legend's items (kinds, then how marks and arrows are drawn), each its swatch
 * and words; the edge-stub item is left out, since a picture has no stubs to activate.
 */
function legendItems(legend: Element, measure: Measure): LegendItem[][] {
	return [...legend.querySelectorAll('ul')].map((ul) =>
		[...ul.querySelectorAll(':scope > li')]
			.filter((li) => li.getAttribute('data-legend') !== 'stub')
			.flatMap((li) => {
				const svg = li.querySelector('svg');
				const label = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (!svg || !label) return [];
				const swatch = standaloneCopy(svg);
				const w = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
				swatch.setAttribute('width', String(w));
				swatch.setAttribute('height', String(svg.getBoundingClientRect().height || 14));
				return [{ swatch, label, width: w + 6 + measure(label) }];
			})
	);
}

/** Lines of text, from `y` (the first line's top), in one font and colour. */
function textBlock(
	parent: Element,
	lines: readonly string[],
	x: number,
	y: number,
	font: Font,
	fill: string
): number {
	lines.forEach((line, i) => {
		parent.append(
			svgElement(
				'text',
				{
					x,
					y: y + i * font.line + font.size,
					'font-size': font.size,
					'font-weight': font.weight,
					fill
				},
				line
			)
		);
	});
	return y + lines.length * font.line;
}

/**
 * The picture of the view: `chart` is the chart's region on screen (`.chart`), `legend` the
 * legend under it.
 */
export function viewPicture(
	chart: HTMLElement,
	legend: Element | null,
	parts: PictureParts
): Picture {
	const box = chart.getBoundingClientRect();
	const family = getComputedStyle(chart).fontFamily;
	const fonts = measurer(family);
	const colours = {
		bg: token(chart, '--bg', '#ffffff'),
		fg: token(chart, '--fg', '#16181d'),
		muted: token(chart, '--fg-muted', '#4a5160'),
		border: token(chart, '--border', '#c9ced6')
	};
	const inner = Math.max(Math.ceil(box.width), MIN_INNER);
	const width = inner + 2 * PAD;

	const body = svgElement('g', { 'font-family': family });
	let y = PAD;
	y = textBlock(
		body,
		wrapText(parts.dataset.title, inner, fonts(TITLE)),
		PAD,
		y,
		TITLE,
		colours.fg
	);
	const caption = parts.caption ? `${parts.caption} · ${parts.count}` : parts.count;
	y = textBlock(body, wrapText(caption, inner, fonts(CAPTION)), PAD, y + 4, CAPTION, colours.muted);

	y += 12;
	const chartX = PAD + (inner - box.width) / 2;
	const layers = chartLayers(chart, box);
	layers.setAttribute('x', String(chartX));
	layers.setAttribute('y', String(y));
	body.append(
		svgElement('rect', { x: chartX, y, width: box.width, height: box.height, fill: colours.bg }),
		layers,
		svgElement('rect', {
			x: chartX + 0.5,
			y: y + 0.5,
			width: box.width - 1,
			height: box.height - 1,
			rx: 6,
			fill: 'none',
			stroke: colours.border
		})
	);
	y += box.height + 12;

	if (legend) {
		const small = fonts(SMALL);
		for (const group of legendItems(legend, small)) {
			const placed = flowRows(
				group.map((i) => i.width),
				inner,
				16
			);
			group.forEach((item, i) => {
				const x = PAD + placed[i].x;
				const mid = y + placed[i].row * LEGEND_ROW + LEGEND_ROW / 2;
				const h = Number(item.swatch.getAttribute('height'));
				item.swatch.setAttribute('x', String(x));
				item.swatch.setAttribute('y', String(mid - h / 2));
				const w = Number(item.swatch.getAttribute('width'));
				body.append(
					item.swatch,
					svgElement(
						'text',
						{ x: x + w + 6, y: mid + 4, 'font-size': SMALL.size, fill: colours.muted },
						item.label
					)
				);
			});
			if (placed.length > 0) y += (placed[placed.length - 1].row + 1) * LEGEND_ROW;
		}
		y += 6;
	}

	const source = wrapText(sourceLine(parts.dataset, parts.url), inner, fonts(SMALL));
	y = textBlock(body, source, PAD, y + 4, SMALL, colours.muted);
	const height = Math.ceil(y + PAD);

	const svg = svgElement('svg', {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		role: 'img'
	}) as SVGSVGElement;
	if (parts.dataset.language) svg.setAttribute('lang', parts.dataset.language);
	svg.append(
		svgElement('title', {}, parts.dataset.title),
		svgElement('desc', {}, [caption, sourceLine(parts.dataset, parts.url)].join('. ')),
		svgElement('rect', { width, height, fill: colours.bg }),
		body
	);
	return { svg, width, height };
}

/** The picture as an SVG file's text. */
export function svgText(picture: Picture): string {
	const text = new XMLSerializer().serializeToString(picture.svg);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/**
 * The SVG drawn into a canvas at `scale` device pixels per pixel (2, or the screen's ratio when
 * higher), as a PNG. The SVG goes in as a data URL, which the site's CSP allows for images.
 */
export async function pngBlob(svg: string, picture: Picture, scale = 2): Promise<Blob> {
	const ratio = Math.max(scale, window.devicePixelRatio || 1);
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(picture.width * ratio);
	canvas.height = Math.round(picture.height * ratio);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('No canvas to draw the picture on');
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))),
			'image/png'
		)
	);
}
