/** Accessible names for marks and arrows: what a screen reader says on focus. */
import { describeDate } from './dates.ts';
import { KIND_LABELS, linkSentence } from './labels.ts';
import { attributionPhrase } from './attribution.ts';
import { perObject } from './memo.ts';
import type { Actor, CausalLink, LinkBasis, TimelineEvent } from './types.ts';

const BASIS_SHORT: Record<LinkBasis, string> = {
	reported: 'reported by a source',
	inferred: "an author's inference",
	context: "the editors' context, not made by a source or the article"
};

/** "Besham attack, 26 March 2024, attack; actors: China; attributed to TTP". */
export function describeEvent(
	event: TimelineEvent,
	actors: ReadonlyMap<string, Pick<Actor, 'name'>>
): string {
	const when = event.endDate
		? `${describeDate(event.date)} to ${describeDate(event.endDate)}`
		: describeDate(event.date);
	const names = event.actors.map((id) => actors.get(id)?.name ?? id);
	const parts = [event.title, when, KIND_LABELS[event.kind].toLowerCase()].join(', ');
	const forecast = event.status === 'forecast' ? ' (forecast: a prediction, not an event)' : '';
	const ties = attributionPhrase(event, actors);
	const tail = [names.length ? `actors: ${names.join(', ')}` : '', ties].filter(Boolean);
	return [`${parts}${forecast}`, ...tail].join('; ');
}

type Actors = ReadonlyMap<string, Pick<Actor, 'name'>>;

/**
 * `describeEvent`, worked out once per event and actors' lookup (neither changes in place): a
 * mark entering the view during a zoom reuses its name.
 */
export const eventDescription: (event: TimelineEvent, actors: Actors) => string = (() => {
	const byActors = perObject((actors: Actors) =>
		perObject((event: TimelineEvent) => describeEvent(event, actors))
	);
	return (event, actors) => byActors(actors)(event);
})();

/**
 * "The joint statement likely prompted the timing of the launch of Azm-e-Istehkam — an author's
 * inference": the link's sentence (hedge said once), then its basis.
 */
export function describeLink(
	link: CausalLink,
	events: ReadonlyMap<string, Pick<TimelineEvent, 'title'>>
): string {
	const from = events.get(link.from)?.title ?? link.from;
	const to = events.get(link.to)?.title ?? link.to;
	const basis = BASIS_SHORT[link.basis];
	return `${linkSentence(link, from, to, { quoted: false, stop: false })} — ${basis}`;
}
