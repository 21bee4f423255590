import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';

const site = JSON.parse(readFileSync(new URL('./causeway.config.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: {
			// /_causeway/ is the library build's (vite.element.config.ts), made after this one.
			handleHttpError: ({ path, message }) => {
				if (!path.startsWith('/_causeway/')) throw new Error(message);
			},
			handleMissingId: 'fail'
		},
		// Prerendered pages carry this as a <meta> tag, which cannot hold frame-ancestors: the README
		// gives the header a host should add.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self', ...site.allowedDatasetOrigins],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
