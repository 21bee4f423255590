/**
 * What a page says when it is shared (Open Graph and Twitter card tags): its title, a short
 * description, its card and the card in words, by route. Pure: the dataset, the route's id and
 * its params in; relative paths out (the server makes them absolute with the site's origin).
 */
import { formatRange } from '../model/dates.ts';
import { KIND_LABELS } from '../model/labels.ts';
import { excerpt } from '../model/story.ts';
import type { Dataset } from '../model/types.ts';
import { cardContent, cardPath, type CardSubject } from './card-subject.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card.ts';

export interface Share {
	type: 'website' | 'article';
	title: string;
	description: string;
	/** The page's own path ("/events/besham-attack"). */
	path: string;
	/** The card's path ("/cards/events/besham-attack.png"), its size and its words. */
	image: string;
	width: number;
	height: number;
	alt: string;
}

function share(
	dataset: Dataset,
	subject: CardSubject,
	page: Pick<Share, 'type' | 'title' | 'description' | 'path'>
): Share | null {
	const content = cardContent(dataset, subject);
	if (!content) return null;
	return {
		...page,
		description: excerpt(page.description),
		image: cardPath(subject),
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		alt: content.alt
	};
}

/** The share tags' content for a page, by its route id; null for pages that have none. */
export function shareFor(
	dataset: Dataset,
	routeId: string | null,
	params: Partial<Record<string, string>>
): Share | null {
	const timeline: CardSubject = { kind: 'timeline' };
	const about =
		dataset.description ?? `A timeline of ${dataset.events.length} events and why they happened.`;
	switch (routeId) {
		case '/':
			return share(dataset, timeline, {
				type: 'website',
				title: dataset.title,
				description: about,
				path: '/'
			});
		case '/embed':
			return share(dataset, timeline, {
				type: 'website',
				title: dataset.title,
				description: about,
				path: '/embed'
			});
		case '/import':
			return share(dataset, timeline, {
				type: 'website',
				title: 'Bring your data · Causeway',
				description:
					'Turn a spreadsheet, a TimelineJS sheet or an ACLED export into a timeline of what happened and why, in your browser.',
				path: '/import'
			});
		case '/events/[id]': {
			const event = dataset.events.find((e) => e.id === params.id);
			if (!event) return null;
			const when = `${formatRange(event.date, event.endDate)} · ${KIND_LABELS[event.kind]}`;
			return share(
				dataset,
				{ kind: 'event', id: event.id },
				{
					type: 'article',
					title: event.title,
					description: event.summary ?? `${when}. From ${dataset.title}.`,
					path: `/events/${event.id}`
				}
			);
		}
		case '/stories/[id]': {
			const story = dataset.stories.find((s) => s.id === params.id);
			if (!story || story.steps.length === 0) return null;
			return share(
				dataset,
				{ kind: 'story', id: story.id },
				{
					type: 'article',
					title: story.title,
					description: story.summary ?? story.steps[0].text,
					path: `/stories/${story.id}`
				}
			);
		}
		case '/stories/[id]/[step]': {
			const story = dataset.stories.find((s) => s.id === params.id);
			const n = Number(params.step);
			const step = story?.steps[n - 1];
			if (!story || !step || !Number.isInteger(n)) return null;
			return share(
				dataset,
				{ kind: 'step', id: story.id, step: n },
				{
					type: 'article',
					title: `${step.title} (${story.title}, step ${n})`,
					description: step.text,
					path: `/stories/${story.id}/${n}`
				}
			);
		}
		case '/remote':
		case '/embed/remote':
			// The shell another dataset's address is served: nothing of this site's dataset.
			return share(
				dataset,
				{ kind: 'site' },
				{
					type: 'website',
					title: 'A timeline on Causeway',
					description: 'A timeline of what happened and why, with its sources, drawn by Causeway.',
					path: routeId
				}
			);
		case '/404':
			return share(
				dataset,
				{ kind: 'site' },
				{
					type: 'website',
					title: 'Page not found · Causeway',
					description:
						'There is no page at this address; the timeline, its events and stories are a click away.',
					path: '/404'
				}
			);
		default:
			return null;
	}
}

/** A share with the absolute URLs that share tags need. */
export interface SharedPage extends Share {
	url: string;
	imageUrl: string;
}

/** The same with absolute URLs on `origin` ("https://example.org"). */
export function absoluteShare(s: Share, origin: string): SharedPage {
	const base = origin.replace(/\/+$/, '');
	return { ...s, url: `${base}${s.path === '/' ? '/' : s.path}`, imageUrl: `${base}${s.image}` };
}

/** The share tags of a page, as [attribute, its value, content] (property= for Open Graph). */
export function shareMeta(
	s: SharedPage
): [attr: 'property' | 'name', key: string, content: string][] {
	return [
		['property', 'og:site_name', 'Causeway'],
		['property', 'og:type', s.type],
		['property', 'og:title', s.title],
		['property', 'og:description', s.description],
		['property', 'og:url', s.url],
		['property', 'og:image', s.imageUrl],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', String(s.width)],
		['property', 'og:image:height', String(s.height)],
		['property', 'og:image:alt', s.alt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', s.title],
		['name', 'twitter:description', s.description],
		['name', 'twitter:image', s.imageUrl],
		['name', 'twitter:image:alt', s.alt]
	];
}
