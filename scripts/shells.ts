/**
 * Which prerendered page a request is served, beside its own: `/` and `/embed` for another
 * dataset (`?src=`) get their shells without the site's dataset (`/remote`, `/embed/remote`), so
 * nobody sees it, or downloads it, before the asked-for one. The preview server and the
 * benchmark's server both follow it, so the bench measures what readers are served.
 */
export function shellFor(url: URL): string | null {
	if (!url.searchParams.has('src')) return null;
	if (url.pathname === '/' || url.pathname === '/index.html') return '/remote';
	if (url.pathname === '/embed' || url.pathname === '/embed.html') return '/embed/remote';
	return null;
}
