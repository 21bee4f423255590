import { getDataset } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** Prerendered as build/404.html: what scripts/serve.ts (and most static hosts) send with a 404. */
export const load: PageServerLoad = () => {
	const { title, events, stories } = getDataset();
	return { dataset: { title, events, stories } };
};
