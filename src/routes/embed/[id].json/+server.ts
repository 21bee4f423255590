import { error, json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The site's dataset as the embed's script reads it: checked at build time, in its checked form. */
export const entries: EntryGenerator = () => [{ id: getDataset().id }];

export const GET: RequestHandler = ({ params }) => {
	if (params.id !== getDataset().id) error(404, `No dataset "${params.id}"`);
	return json(getDataset());
};
