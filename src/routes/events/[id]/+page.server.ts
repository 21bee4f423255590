import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import { siteOrigin } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().events.map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const dataset = getDataset();
	const event = dataset.events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}" in ${dataset.title}`);
	return { dataset, event, oembed: `${siteOrigin()}/oembed/events/${event.id}.json` };
};
