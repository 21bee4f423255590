/** The public origin baked into files generated at build time (oEmbed, discovery links). */
import { DEFAULT_SITE_ORIGIN, EMBED_SIZE } from '$lib/config';
import { CARD_HEIGHT, CARD_WIDTH } from '$lib/publish/card';
import { embedSnippet } from '$lib/publish/snippet';

export function siteOrigin(): string {
	const fromEnv = process.env.CAUSEWAY_ORIGIN;
	if (fromEnv) {
		try {
			return new URL(fromEnv).origin;
		} catch {
			throw new Error(
				`CAUSEWAY_ORIGIN="${fromEnv}" is not a URL origin such as https://example.org`
			);
		}
	}
	return DEFAULT_SITE_ORIGIN;
}

/** An oEmbed 1.0 "rich" response for an embed view, with its share card (`/cards/….png`) as thumbnail. */
export function oembed(title: string, search: string, card: string) {
	const origin = siteOrigin();
	return {
		version: '1.0',
		type: 'rich',
		provider_name: 'Causeway',
		provider_url: `${origin}/`,
		title,
		html: embedSnippet(origin, search, title),
		width: EMBED_SIZE.width,
		height: EMBED_SIZE.height,
		thumbnail_url: `${origin}${card}`,
		thumbnail_width: CARD_WIDTH,
		thumbnail_height: CARD_HEIGHT
	};
}
