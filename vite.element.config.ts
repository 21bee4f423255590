/**
 * The library build, after the site's (`npm run build`): the web component <causeway-timeline>
 * and the embed page's script, as ES modules in build/_causeway/ that share their chunks, with
 * their own Svelte runtime and no SvelteKit router. Entries: element.js (loaded by the classic
 * /causeway.js, static/) and embed.js (the prerendered /embed page's one script). Rarely used parts
 * (validator, importers, exports, help, details) are chunks loaded on demand. Component styles
 * are one file, causeway.css, with the same scoped class names as the site's build (Svelte hashes
 * each component's file name): the element links it in its shadow root, and the prerendered
 * embed page links it too, with the design tokens (app.css), whose :root rules are written for
 * the element's :host as well (host-css.ts).
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { withHostRules } from './src/lib/publish/element/host-css.ts';
import { pureD3Curves } from './scripts/vite-pure-d3-curves.ts';
import { embedPreload } from './scripts/vite-embed-preload.ts';
import { noPreloadHelper } from './scripts/vite-no-preload-helper.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	base: './',
	plugins: [
		pureD3Curves(),
		noPreloadHelper(),
		embedPreload({
			siteDir: here('./build'),
			entry: 'embed.js',
			// The `src=` shell (scripts/shells.ts) loads another dataset: its reader and, often, canvas marks.
			pages: {
				'embed.html': [],
				'embed/remote.html': [
					'/src/lib/io/remote.ts',
					'/src/lib/components/marks/CanvasMarks.svelte'
				]
			}
		}),
		{
			// The design tokens' :root rules apply in the element's shadow root too.
			name: 'causeway-host-rules',
			enforce: 'post',
			generateBundle(_, bundle) {
				const sheet = bundle['causeway.css'];
				if (sheet?.type === 'asset' && typeof sheet.source === 'string') {
					sheet.source = withHostRules(sheet.source);
				}
			}
		},
		svelte({
			configFile: false,
			compilerOptions: { runes: true, css: 'external' }
		})
	],
	resolve: {
		alias: [
			// Before $lib. Parts that load on first use here, with the page on the site (on-demand/).
			{
				find: /^\$lib\/components\/content\/EventList\.svelte$/,
				replacement: here('./src/lib/publish/on-demand/EventList.svelte')
			},
			{ find: '$lib', replacement: here('./src/lib') },
			{ find: '$app/paths', replacement: here('./src/lib/publish/element/paths.ts') },
			{ find: '$app/state', replacement: here('./src/lib/publish/app/state.svelte.ts') },
			{ find: '$app/navigation', replacement: here('./src/lib/publish/app/navigation.ts') }
		]
	},
	worker: { format: 'es' },
	build: {
		outDir: 'build/_causeway',
		emptyOutDir: true,
		copyPublicDir: false,
		target: 'es2022',
		modulePreload: false,
		// One stylesheet for every component, lazy ones too: the element links it in its shadow
		// root, the prerendered embed page in its head.
		cssCodeSplit: false,
		manifest: true,
		rollupOptions: {
			input: {
				element: here('./src/lib/publish/element/index.ts'),
				embed: here('./src/lib/publish/embed/index.ts')
			},
			output: {
				entryFileNames: '[name].js',
				chunkFileNames: '[name]-[hash].js',
				assetFileNames: (asset) =>
					asset.names.some((n) => n.endsWith('.css'))
						? 'causeway.css'
						: 'assets/[name]-[hash][extname]'
			}
		}
	}
});
