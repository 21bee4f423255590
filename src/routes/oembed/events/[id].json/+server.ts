import { error, json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import { cardPath } from '$lib/publish/card-subject';
import { oembed } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getDataset().events.map((e) => ({ id: e.id }));

export const GET: RequestHandler = ({ params }) => {
	const event = getDataset().events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return json(
		oembed(
			event.title,
			`?event=${encodeURIComponent(event.id)}`,
			cardPath({ kind: 'event', id: event.id })
		)
	);
};
