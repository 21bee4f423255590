/**
 * A Vite plugin for d3-shape's one-file build: it makes its tension curves (bundle, cardinal,
 * catmullRom and their closed and open kinds) with factories it calls at once
 * (`var cardinal = (function custom(tension) { … })(0)`). The bundler cannot prove those calls
 * pure, so it kept every curve, some 17 KB (1.5 KB gzip), in a chart that draws only symbols and
 * arrows. They are pure: this marks them so, and the curves nothing uses are dropped.
 */
import type { Plugin } from 'vite';

const D3_SHAPE = /[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/;
const FACTORY = '= (function custom(';

/** `code` with d3-shape's curve factories marked pure; null for any other module. */
export function markCurveFactoriesPure(code: string, id: string): string | null {
	if (!D3_SHAPE.test(id) || !code.includes(FACTORY)) return null;
	return code.replaceAll(FACTORY, '= /* @__PURE__ */ (function custom(');
}

export function pureD3Curves(): Plugin {
	return {
		name: 'causeway:pure-d3-curves',
		transform(code, id) {
			const marked = markCurveFactoriesPure(code, id);
			return marked === null ? null : { code: marked, map: null };
		}
	};
}
