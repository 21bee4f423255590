import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { getDataset } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Each shipped dataset as published JSON, for `src=`, the web component and other tools. */
export const entries: EntryGenerator = () => [{ id: getDataset().id }];

export const GET: RequestHandler = ({ params }) => {
	if (params.id !== getDataset().id) error(404, `No dataset "${params.id}"`);
	const text = readFileSync(`data/${params.id}.json`, 'utf8');
	return new Response(text, { headers: { 'content-type': 'application/json' } });
};
