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
		alias: {
			$lib: here('./src/lib'),
			'$app/paths': here('./src/lib/publish/element/paths.ts')
		}
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
