import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import { scrollyPage } from '$lib/publish/scrolly';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The example article for the dataset's first story. */
export const GET: RequestHandler = () => {
	const dataset = getDataset();
	const story = dataset.stories.find((s) => s.steps.length > 0);
	if (!story) error(404, `${dataset.title} has no story to tell`);
	return new Response(scrollyPage(dataset, story), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
};
