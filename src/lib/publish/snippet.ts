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

/** An iframe (titled, lazy, sized by embed.js) plus the one script line. */
export function embedSnippet(origin: string, search: string, title: string): string {
	const src = embedUrl(origin, search);
	return [
		`<iframe data-causeway src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" width="100%" height="${EMBED_SIZE.height}" style="border:0;max-width:100%"></iframe>`,
		`<script src="${escapeAttr(origin)}/embed.js" async></script>`
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
