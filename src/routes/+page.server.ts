import { getDataset } from '$lib/server/datasets';
import { siteOrigin } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const dataset = getDataset();
	return { dataset, oembed: `${siteOrigin()}/oembed/${dataset.id}.json`, remote: false };
};
