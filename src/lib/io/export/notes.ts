/**
 * What an exported event says about itself beyond its title, in words, for the calendar's
 * description and TimelineJS's text: the summary, how sure its date is, who claims it, its causes
 * and effects (each with its basis, so an inference never reads as fact) and its sources.
 */
import { attributionSentence } from '../../model/attribution.ts';
import { formatRange } from '../../model/dates.ts';
import { linkSentence } from '../../model/labels.ts';
import { actorsById, eventsById } from '../../model/lookup.ts';
import type { CausalLink, Dataset, LinkBasis, Source, TimelineEvent } from '../../model/types.ts';

export const BASIS_WORDS: Record<LinkBasis, string> = {
	reported: 'a source reports it',
	inferred: 'the author infers it',
	context: "editors' context"
};

/** A cause or an effect: the link's sentence, naming both events, and its basis in words. */
export interface LinkNote {
	/** "“The joint statement” likely prompted “The launch”" (no full stop). */
	sentence: string;
	/** "the author infers it". */
	basis: string;
}

export interface EventNotes {
	summary?: string;
	/** Short lines about the date and the event's standing: "Date: c. June 2024", "Approximate date". */
	facts: string[];
	causes: LinkNote[];
	effects: LinkNote[];
	sources: Source[];
}

/** Looks events and actors up once per dataset, then describes any of its events. */
export function eventNotes(dataset: Dataset): (event: TimelineEvent) => EventNotes {
	const events = eventsById(dataset);
	const actors = actorsById(dataset);
	const causes = new Map<string, LinkNote[]>();
	const effects = new Map<string, LinkNote[]>();
	const add = (map: Map<string, LinkNote[]>, key: string, value: LinkNote) => {
		const list = map.get(key);
		if (list) list.push(value);
		else map.set(key, [value]);
	};
	const title = (id: string) => events.get(id)?.title ?? id;
	const note = (link: CausalLink): LinkNote => ({
		sentence: linkSentence(link, title(link.from), title(link.to), { stop: false }),
		basis: BASIS_WORDS[link.basis]
	});
	for (const link of dataset.links) {
		const n = note(link);
		add(causes, link.to, n);
		add(effects, link.from, n);
	}
	return (event) => {
		const facts = [`Date: ${formatRange(event.date, event.endDate)}`];
		const dates = event.endDate ? [event.date, event.endDate] : [event.date];
		if (event.dateAsWritten) facts.push(`As the source wrote it: ${event.dateAsWritten}`);
		if (dates.some((d) => d.approximate)) facts.push('Approximate date');
		if (dates.some((d) => d.uncertain)) facts.push('Uncertain date');
		if (event.status === 'forecast') facts.push('Forecast: a prediction, not an event');
		const names = event.actors.map((id) => actors.get(id)?.name ?? id);
		if (names.length > 0) facts.push(`Actors: ${names.join(', ')}`);
		for (const a of event.attributions) facts.push(attributionSentence(a, actors));
		const notes: EventNotes = {
			facts,
			causes: causes.get(event.id) ?? [],
			effects: effects.get(event.id) ?? [],
			sources: event.sources
		};
		if (event.summary) notes.summary = event.summary;
		return notes;
	};
}

/** "Title, Publisher, 2024-06-08": a source in one line of text, without its URL. */
export const sourceText = (s: Source): string =>
	[s.title, s.publisher, s.date].filter((x) => x !== undefined && x !== '').join(', ');
