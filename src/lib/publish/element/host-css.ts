/**
 * The library build's stylesheet serves a document (the embed page) and a shadow root (the web
 * component): every rule written for the document's root (`:root`, `:root[data-theme=dark]`,
 * `:root:not([data-theme=light])`) also gets the shadow root's host as a selector
 * (`:host`, `:host([data-theme=dark])`, …). Each place ignores the selector that cannot match
 * there. Pure; run on the built, minified CSS (vite.element.config.ts).
 */

/** One selector for the document's root, written for the shadow root's host. */
export function hostSelector(selector: string): string {
	return selector
		.replace(/:root:not\((\[[^\]]*\])\)/g, ':host(:not($1))')
		.replace(/:root(\[[^\]]*\])/g, ':host($1)')
		.replace(/:root/g, ':host');
}

/** `css` with each `:root` selector list extended by its host selectors. */
export function withHostRules(css: string): string {
	return css.replace(/(^|[{}])([^{}@]*:root[^{}]*)\{/g, (_, before: string, prelude: string) => {
		const hosts = prelude
			.split(',')
			.filter((s) => s.includes(':root'))
			.map((s) => hostSelector(s.trim()));
		return `${before}${prelude},${hosts.join(',')}{`;
	});
}
