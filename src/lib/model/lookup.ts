/** Lookups over a dataset, built once per dataset (memo.ts), whoever asks first. */
import { perObject } from './memo.ts';
import type { Actor, Dataset, TimelineEvent } from './types.ts';

/** A dataset with nothing in it: what a page holds until another dataset has loaded. */
export const emptyDataset = (id: string): Dataset => ({
	id,
	title: '',
	actors: [],
	events: [],
	links: [],
	periods: [],
	stories: []
});

export const eventsById = perObject(
	(dataset: Dataset): ReadonlyMap<string, TimelineEvent> =>
		new Map(dataset.events.map((e) => [e.id, e]))
);

export const actorsById = perObject(
	(dataset: Dataset): ReadonlyMap<string, Actor> => new Map(dataset.actors.map((a) => [a.id, a]))
);

/** Each event's position in time, for ordering chains and lists. */
export const timeOrder = perObject(
	(dataset: Dataset): ReadonlyMap<string, number> =>
		new Map(dataset.events.map((e) => [e.id, e.order]))
);

/** `ids` kept in the order of `reference`, unknown ones dropped (a canonical list for URLs). */
export function inOrder<T>(ids: Iterable<T>, reference: readonly T[]): T[] {
	const wanted = new Set(ids);
	return reference.filter((x) => wanted.has(x));
}

/** The ids of some items, for membership tests. */
export const idsOf = (items: Iterable<{ id: string }>): ReadonlySet<string> =>
	new Set(Array.from(items, (i) => i.id));

/** The ids a view may name (actors, events, stories), for checking a URL or a host's command. */
export const knownIds = perObject((dataset: Dataset) => ({
	actors: idsOf(dataset.actors),
	events: idsOf(dataset.events),
	stories: idsOf(dataset.stories)
}));

/** Each event's earliest instant. */
export const startsOf = perObject(
	(dataset: Dataset): ReadonlyMap<string, number> =>
		new Map(dataset.events.map((e) => [e.id, e.start]))
);

/**
 * The event of `list` (visible events, in time order) before or after `selected` by `step`; the
 * first or last when nothing is selected; for a selection `list` lacks (filtered out), the nearest
 * one in that direction.
 */
export function adjacentEvent(
	list: readonly TimelineEvent[],
	selected: TimelineEvent | null,
	step: 1 | -1
): TimelineEvent | null {
	if (list.length === 0) return null;
	const current = selected ? list.indexOf(selected) : -1;
	if (current !== -1) return list[current + step] ?? null;
	if (!selected) return step === 1 ? list[0] : list[list.length - 1];
	const order = selected.order;
	const found =
		step === 1 ? list.find((e) => e.order > order) : list.findLast((e) => e.order < order);
	return found ?? null;
}

/** `list` (in time order) with the `extra` events it lacks, still in time order. */
export function withEvents(
	list: readonly TimelineEvent[],
	extra: readonly TimelineEvent[]
): readonly TimelineEvent[] {
	if (extra.length === 0) return list;
	const have = new Set(list);
	const missing = [...new Set(extra)].filter((e) => !have.has(e));
	return missing.length === 0 ? list : [...list, ...missing].sort((a, b) => a.order - b.order);
}
