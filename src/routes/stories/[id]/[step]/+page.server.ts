import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import { siteOrigin } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	getDataset().stories.flatMap((s) => s.steps.map((_, i) => ({ id: s.id, step: String(i + 1) })));

export const load: PageServerLoad = ({ params }) => {
	const dataset = getDataset();
	const story = dataset.stories.find((s) => s.id === params.id);
	const n = /^\d+$/.test(params.step) ? Number(params.step) : NaN;
	if (!story || !(n >= 1 && n <= story.steps.length)) {
		error(404, `No step ${params.step} in story "${params.id}" of ${dataset.title}`);
	}
	return { dataset, story, step: n, url: `${siteOrigin()}/stories/${story.id}/${n}` };
};
