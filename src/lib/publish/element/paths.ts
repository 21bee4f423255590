/**
 * `$app/paths` for the library build (the web component and the embed's script): links point at
 * the Causeway site that served the script, so a permalink opens there rather than on the host
 * page. On the site's own pages (the embed) they stay root-relative, as SvelteKit writes them.
 */
const site = (() => {
	try {
		// This module is built into /_causeway/ (vite.element.config.ts): the site is one up.
		const url = new URL(/* @vite-ignore */ '..', import.meta.url);
		const strip = (s: string) => s.replace(/\/$/, '');
		return {
			href: strip(url.href),
			own: url.origin === location.origin,
			path: strip(url.pathname)
		};
	} catch {
		return { href: location.origin, own: true, path: '' };
	}
})();

/** The site's address, absolute. */
export function siteBase(): string {
	return site.href;
}

/** Fills `[param]` segments, like SvelteKit's resolve(), and prefixes the site. */
export function resolve(route: string, params: Record<string, string> = {}): string {
	const path = route.replace(/\[(\w+)\]/g, (_, name: string) =>
		encodeURIComponent(params[name] ?? '')
	);
	return `${site.own ? site.path : site.href}${path}`;
}
