/**
 * Entry of the embed page's one script (/_causeway/embed.js, built with the web component by
 * vite.element.config.ts). It asks for the dataset at once (the site's own, /embed/<id>.json, or
 * the page's `src=` on this origin), then loads the app (start.ts), which takes over the
 * prerendered view in #causeway-embed: the download and the app's code arrive together (the page
 * preloads the app's modules: scripts/vite-embed-preload.ts). Until then, and without scripts,
 * the prerendered view stays.
 */
// The design tokens and page rules: the embed page's one stylesheet holds them too.
import '../../../app.css';
import { fetchAhead } from '$lib/io/early-fetch';

const root = document.getElementById('causeway-embed');
if (root) {
	const src = root.dataset.dataset ?? new URLSearchParams(location.search).get('src');
	const fetcher = (input: string, init?: RequestInit) => fetch(input, init);
	const ahead = src ? fetchAhead(src, location.href, fetcher) : fetcher;
	import('./start.ts')
		.then(({ start }) => start(root, ahead))
		.catch((error: unknown) => {
			// The prerendered view stays: readable, with working links.
			console.error('Causeway: the timeline stays as prerendered:', error);
		});
}
