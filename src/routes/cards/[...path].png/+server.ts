import { error } from '@sveltejs/kit';
import { cardSvg } from '$lib/publish/card';
import { cardPath, cardSubjects, subjectOfPath } from '$lib/publish/card-subject';
import { getDataset } from '$lib/server/datasets';
import { svgToPng } from '$lib/server/png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A card for every page that has one: /cards/index.png, /cards/events/<id>.png, … */
export const entries: EntryGenerator = () =>
	cardSubjects(getDataset()).map((s) => ({ path: cardPath(s).replace(/^\/cards\/|\.png$/g, '') }));

export const GET: RequestHandler = ({ params }) => {
	const subject = subjectOfPath(params.path);
	const svg = subject && cardSvg(getDataset(), subject);
	if (!svg) error(404, `No card "${params.path}.png"`);
	return new Response(svgToPng(svg), { headers: { 'content-type': 'image/png' } });
};
