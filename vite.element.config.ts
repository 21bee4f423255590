/**
 * The standalone web component, /causeway.js: <causeway-timeline> with its own Svelte runtime,
 * built after the site (`npm run build`) into build/causeway.js as one classic script.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	plugins: [
		svelte({
			configFile: false,
			compilerOptions: { customElement: true, runes: true, css: 'injected' }
		})
	],
	resolve: {
		alias: [
			{ find: '$lib', replacement: here('./src/lib') },
			{ find: '$app/paths', replacement: here('./src/lib/publish/element/paths.ts') },
			// A page on another site cannot start this site's worker: read datasets in place.
			{
				find: /^\.\/parse-worker\.ts$/,
				replacement: here('./src/lib/publish/element/no-worker.ts')
			}
		]
	},
	build: {
		outDir: 'build',
		emptyOutDir: false,
		copyPublicDir: false,
		target: 'es2022',
		lib: {
			entry: here('./src/lib/publish/element/index.ts'),
			name: 'CausewayTimeline',
			formats: ['iife'],
			fileName: () => 'causeway.js'
		}
	}
});
