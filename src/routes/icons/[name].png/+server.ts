import { error } from '@sveltejs/kit';
import favicon from '$lib/assets/favicon.svg?raw';
import { APP_ICONS } from '$lib/publish/icons';
import { svgToPng } from '$lib/server/png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => APP_ICONS.map((i) => ({ name: i.name }));

/** The favicon at an app icon's size, on the accent colour to its corners (platforms round them). */
export const GET: RequestHandler = ({ params }) => {
	const icon = APP_ICONS.find((i) => i.name === params.name);
	if (!icon) error(404, `No icon "${params.name}.png"`);
	const png = svgToPng(favicon, { width: icon.size, background: icon.background });
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
