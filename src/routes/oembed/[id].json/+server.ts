import { error, json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import { cardPath } from '$lib/publish/card-subject';
import { oembed } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ id: getDataset().id }];

export const GET: RequestHandler = ({ params }) => {
	const dataset = getDataset();
	if (params.id !== dataset.id) error(404, `No dataset "${params.id}"`);
	return json(oembed(`Timeline: ${dataset.title}`, '', cardPath({ kind: 'timeline' })));
};
