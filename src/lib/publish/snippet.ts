/** The HTML a publisher pastes to embed a view. */
import { EMBED_SIZE } from '../config.ts';

export function embedUrl(origin: string, search: string): string {
	return `${origin}/embed${search}`;
}

/** Text made safe for an HTML attribute or element body. */
export const escapeHtml = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
const escapeAttr = escapeHtml;

/**
 * An iframe (titled, lazy) for the view. Sized automatically by embed.js (the script line
 * follows) unless `opts.height` fixes its height in CSS px: then it needs no script.
 */
export function embedSnippet(
	origin: string,
	search: string,
	title: string,
	opts: { height?: number | null } = {}
): string {
	const src = embedUrl(origin, search);
	const attrs = `src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" width="100%"`;
	const style = 'style="border:0;max-width:100%"';
	if (opts.height != null) return `<iframe ${attrs} height="${opts.height}" ${style}></iframe>`;
	return [
		`<iframe data-causeway ${attrs} height="${EMBED_SIZE.height}" ${style}></iframe>`,
		`<script src="${escapeAttr(origin)}/embed.js" async></script>`
	].join('\n');
}

/**
 * A `<causeway-timeline>` with the view's parameters as attributes (`[name, value]` pairs, as
 * serialiseView writes them) and, inside it, a link to the full timeline at `fallbackHref`: the
 * browser shows that link until /causeway.js runs, and for good if it never does.
 */
export function elementSnippet(
	origin: string,
	attributes: Iterable<readonly [string, string]>,
	title: string,
	fallbackHref: string
): string {
	const attrs = [...attributes].map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
	const link = `<a href="${escapeAttr(fallbackHref)}">See the timeline: ${escapeHtml(title)}</a>`;
	return [
		`<causeway-timeline${attrs}>${link}</causeway-timeline>`,
		`<script src="${escapeAttr(origin)}/causeway.js" async></script>`
	].join('\n');
}

/** The embed code for a dataset file at `fileUrl` (an http or https address), else null. */
export function hostedSnippet(origin: string, fileUrl: string, title: string): string | null {
	let url: URL;
	try {
		url = new URL(fileUrl.trim());
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	return embedSnippet(origin, `?${new URLSearchParams({ src: url.href })}`, title);
}
