import { REMOTE_PLACEHOLDER } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** The page `/embed?src=…` is served: `/embed` without the site's own dataset (see /remote). */
export const load: PageServerLoad = () => ({ dataset: REMOTE_PLACEHOLDER, remote: true });
