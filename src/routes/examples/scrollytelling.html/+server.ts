import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import { scrollyPage } from '$lib/publish/scrolly';
import { absoluteShare, shareFor } from '$lib/publish/share';
import { siteOrigin } from '$lib/server/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The example article for the dataset's first story. */
export const GET: RequestHandler = () => {
	const dataset = getDataset();
	const story = dataset.stories.find((s) => s.steps.length > 0);
	if (!story) error(404, `${dataset.title} has no story to tell`);
	// The story's card, on the example's own address.
	const share = shareFor(dataset, '/stories/[id]', { id: story.id });
	const tags = share && {
		...absoluteShare(share, siteOrigin()),
		url: `${siteOrigin()}/examples/scrollytelling.html`
	};
	return new Response(scrollyPage(dataset, story, '', tags), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
};
