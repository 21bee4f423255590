/**
 * A Vite plugin for a build that preloads nothing itself (`modulePreload: false`, one stylesheet:
 * `cssCodeSplit: false`). Vite still wraps each dynamic `import()` in its preload helper, some
 * 1.9 KB (0.9 KB gzip) of link-tag and CSS-loading code that such a build never runs with a
 * dependency list. This serves the helper as a plain call of the import instead; the page's own
 * preloads are in its HTML (vite-embed-preload.ts). It refuses a build that does preload, where
 * the real helper is needed.
 */
import type { Plugin } from 'vite';

export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
export const PLAIN_PRELOAD = 'export const __vitePreload = (load) => load();\n';

export function noPreloadHelper(): Plugin {
	return {
		name: 'causeway:no-preload-helper',
		enforce: 'pre',
		configResolved(config) {
			const { modulePreload, cssCodeSplit } = config.build;
			if (modulePreload !== false || cssCodeSplit !== false) {
				throw new Error(
					'causeway:no-preload-helper needs build.modulePreload: false and build.cssCodeSplit: false'
				);
			}
		},
		resolveId: (id) => (id === PRELOAD_HELPER_ID ? id : null),
		load: (id) => (id === PRELOAD_HELPER_ID ? PLAIN_PRELOAD : null)
	};
}
