import { error } from '@sveltejs/kit';
import { eventIcs } from '$lib/io/export';
import { getDataset } from '$lib/server/datasets';
import { siteOrigin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Each event as a calendar file, written at build time, for the event page's plain link. */
export const entries: EntryGenerator = () => getDataset().events.map((e) => ({ id: e.id }));

export const GET: RequestHandler = ({ params }) => {
	const dataset = getDataset();
	const event = dataset.events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}"`);
	const file = eventIcs(dataset, event, { url: `${siteOrigin()}/` });
	return new Response(file.text, { headers: { 'content-type': file.type } });
};
