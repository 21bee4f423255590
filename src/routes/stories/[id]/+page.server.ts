import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/datasets';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().stories.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const dataset = getDataset();
	const story = dataset.stories.find((s) => s.id === params.id);
	if (!story) error(404, `No story "${params.id}" in ${dataset.title}`);
	return { dataset, story };
};
