/**
 * `$app/state` for pages the library build boots without the SvelteKit router (the embed, the web
 * component): `page.url` is the address the page was loaded with, and follows Back and Forward.
 * Like SvelteKit's, it does not follow pushState and replaceState (shallow entries).
 */
let href = $state(typeof location === 'undefined' ? 'http://localhost/' : location.href);

if (typeof window !== 'undefined') {
	window.addEventListener('popstate', () => (href = location.href));
}

export const page = {
	get url(): URL {
		// A fresh copy per read, never mutated: reactivity comes from `href`.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new URL(href);
	}
};
