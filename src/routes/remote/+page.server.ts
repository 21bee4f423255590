import { REMOTE_PLACEHOLDER } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/**
 * The page a `/?src=…` address is served (see scripts/serve.ts and the README): `/` without the
 * site's own dataset, so that nobody sees another dataset before the requested one loads.
 */
export const load: PageServerLoad = () => ({
	dataset: REMOTE_PLACEHOLDER,
	oembed: '',
	remote: true
});
