/**
 * Browser code for pictures: copies of what is drawn on screen (the chart's SVG layers, the
 * legend's swatches) that stand alone, with the computed styles that matter written into each
 * element, and without what only serves the pointer or the keyboard (hit areas, focus rings,
 * roles) or is not seen (hidden elements). Focus rings are drawn on hit areas or by
 * `:focus-visible` rules; while the reader uses the Export menu, focus is in the menu, not the chart.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Inherited in SVG: written where an element's value differs from its parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'direction'
] as const;

/** Not inherited: written where an element's value is not the initial one. */
const OWN: Record<string, string> = {
	opacity: '1',
	'dominant-baseline': 'auto',
	'unicode-bidi': 'normal'
};

/** Attributes that only the live page needs. */
const DROPPED_ATTRIBUTE = /^(class|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/;

/** Whether an element on screen is left out of a picture: not seen, or only there for input. */
function leftOut(el: Element, style: CSSStyleDeclaration): boolean {
	return style.display === 'none' || style.visibility === 'hidden' || el.classList.contains('hit');
}

/** The computed styles that matter, as a `style` attribute's text. */
function styleText(style: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): string {
	const parts: string[] = [];
	for (const prop of INHERITED) {
		const value = style.getPropertyValue(prop);
		if (value && (!parent || parent.getPropertyValue(prop) !== value)) {
			parts.push(`${prop}: ${value}`);
		}
	}
	for (const [prop, initial] of Object.entries(OWN)) {
		const value = style.getPropertyValue(prop);
		if (value && value !== initial) parts.push(`${prop}: ${value}`);
	}
	return parts.join('; ');
}

function strip(el: Element) {
	for (const name of el.getAttributeNames()) {
		if (DROPPED_ATTRIBUTE.test(name)) el.removeAttribute(name);
	}
}

/** Definitions (clip paths, gradients) are copied as they are, without their classes. */
const isDefinition = (el: Element) =>
	/^(clipPath|defs|mask|linearGradient|radialGradient)$/.test(el.localName);

function inline(
	src: Element,
	dst: Element,
	parent: CSSStyleDeclaration | null,
	removed: Element[]
) {
	if (isDefinition(src)) {
		strip(dst);
		for (const child of dst.querySelectorAll('*')) strip(child);
		return;
	}
	const style = getComputedStyle(src);
	if (leftOut(src, style)) {
		removed.push(dst);
		return;
	}
	strip(dst);
	const text = styleText(style, parent);
	if (text) dst.setAttribute('style', text);
	const from = src.children;
	const to = dst.children;
	for (let i = 0; i < from.length; i++) inline(from[i], to[i], style, removed);
}

/**
 * A standalone copy of an SVG element drawn on screen: the computed styles written in, hit
 * areas and hidden elements dropped. The root's inherited styles are all written, so the copy
 * looks the same wherever it goes.
 */
export function standaloneCopy<T extends Element>(el: T): T {
	const copy = el.cloneNode(true) as T;
	const removed: Element[] = [];
	inline(el, copy, null, removed);
	for (const node of removed) node.remove();
	return copy;
}

/** A CSS custom property of an element, resolved (e.g. `--bg` → `#ffffff`), or the fallback. */
export function token(el: Element, name: string, fallback: string): string {
	return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** An SVG element with attributes; text goes in as a text node, never as markup. */
export function svgElement(
	name: string,
	attrs: Record<string, string | number>,
	text?: string
): SVGElement {
	const el = document.createElementNS(SVG_NS, name) as SVGElement;
	for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
	if (text !== undefined) el.textContent = text;
	return el;
}
