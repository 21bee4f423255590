/**
 * Attributions in words: who claimed an event, who attributed it to whom, who is suspected and
 * who denied it, said apart from who took part, so that no allegation reads as fact.
 */
import type { Actor, Attribution, AttributionStatus, TimelineEvent } from './types.ts';

type Names = ReadonlyMap<string, Pick<Actor, 'name'>>;

const nameOf = (names: Names, id: string) => names.get(id)?.name ?? id;

/** One attribution as a sentence: "Attributed to the TTP by the Government of Pakistan". */
export function attributionSentence(a: Attribution, names: Names): string {
	const actor = nameOf(names, a.actor);
	const by = a.by ? nameOf(names, a.by) : null;
	let text: string;
	switch (a.status) {
		case 'claimed':
			text = `Claimed by ${actor}`;
			break;
		case 'attributed':
			text = by ? `Attributed to ${actor} by ${by}` : `Attributed to ${actor}`;
			break;
		case 'suspected':
			text = by ? `${by} suspected ${actor}` : `${actor} suspected`;
			break;
		case 'denied':
			text = `${actor} denied involvement`;
			break;
	}
	text = text.charAt(0).toUpperCase() + text.slice(1);
	return a.note ? `${text} (${a.note.replace(/[.\s]+$/, '')}).` : `${text}.`;
}

/** What the details say when no one is recorded as claiming the event. */
export const NO_CLAIM = 'No one is recorded as claiming it.';

/** The sentences for an event, in the dataset's order, and whether to add {@link NO_CLAIM}. */
export function attributionLines(
	event: TimelineEvent,
	names: Names
): { lines: { text: string; attribution: Attribution }[]; unclaimed: boolean } {
	return {
		lines: event.attributions.map((a) => ({ text: attributionSentence(a, names), attribution: a })),
		unclaimed:
			event.attributions.length > 0 && !event.attributions.some((a) => a.status === 'claimed')
	};
}

const SHORT: Record<AttributionStatus, string> = {
	claimed: 'claimed by',
	attributed: 'attributed to',
	suspected: 'suspected:',
	denied: 'denied by'
};

/** A short phrase for labels and lists: "attributed to TTP; denied by TTP". Empty when none. */
export function attributionPhrase(event: TimelineEvent, names: Names): string {
	return event.attributions.map((a) => `${SHORT[a.status]} ${nameOf(names, a.actor)}`).join('; ');
}

/** Whether the event carries a tie that is not established: attributed, suspected or denied. */
export const isContested = (event: TimelineEvent): boolean =>
	event.attributions.some((a) => a.status !== 'claimed');

/** The statuses an event's attributions have, once each: "claimed denied" ('' when none). */
export const attributionStatuses = (event: TimelineEvent): string =>
	[...new Set(event.attributions.map((a) => a.status))].join(' ');
