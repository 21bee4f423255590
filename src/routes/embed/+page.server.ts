import { getDataset } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ dataset: getDataset(), remote: false });
