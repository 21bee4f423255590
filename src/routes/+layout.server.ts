import { getDataset } from '$lib/server/datasets';
import { siteOrigin } from '$lib/server/site';
import { absoluteShare, shareFor } from '$lib/publish/share';
import type { LayoutServerLoad } from './$types';

/** The share tags' content for the page (route and params only: the query is not known here). */
export const load: LayoutServerLoad = ({ route, params }) => {
	const share = shareFor(getDataset(), route.id, params);
	return { share: share && absoluteShare(share, siteOrigin()) };
};
