/**
 * The counts a filter panel shows next to each actor and kind: how many events each choice
 * would show under the other active filters. Under no other filter they depend on the dataset
 * alone, and are kept for it (worked out ahead for a large one: state/prepare.ts).
 */
import { perObject } from './memo.ts';
import {
	compile,
	isAttributedOnly,
	KEEP_ALL,
	type EventFilter,
	type FilterIndex,
	type Predicate
} from './filter.ts';
import { EVENT_KINDS, type Dataset, type EventKind, type TimelineEvent } from './types.ts';

/** Counts under no active filter, kept per dataset (they depend on nothing else). */
const wholeCounts = perObject(() => new Map<string, ReadonlyMap<string, number>>());

/** `work()`'s counts, kept for the dataset when `keep` keeps everything. */
function counted<K extends string>(
	dataset: Dataset,
	keep: Predicate,
	name: string,
	work: () => Map<K, number>
): ReadonlyMap<K, number> {
	if (keep !== KEEP_ALL) return work();
	const kept = wholeCounts(dataset);
	const known = kept.get(name) as ReadonlyMap<K, number> | undefined;
	if (known) return known;
	const counts = work();
	kept.set(name, counts);
	return counts;
}

/** Per actor (dataset order, zeros included): events kept under the other filters that `ties` it. */
function countPerActor(
	dataset: Dataset,
	filter: EventFilter,
	index: FilterIndex | undefined,
	name: string,
	ties: (e: TimelineEvent) => readonly string[]
): ReadonlyMap<string, number> {
	const keep = compile(dataset, filter, index, 'actors');
	return counted(dataset, keep, name, () => {
		const counts = new Map<string, number>(dataset.actors.map((a) => [a.id, 0]));
		dataset.events.forEach((e, i) => {
			if (!keep(e, i)) return;
			const ids = ties(e);
			ids.forEach((id, j) => {
				const n = counts.get(id);
				// indexOf guards against an id listed twice on one event.
				if (n !== undefined && ids.indexOf(id) === j) counts.set(id, n + 1);
			});
		});
		return counts;
	});
}

/**
 * For each actor of the dataset (in dataset order, zeros included): how many events it takes
 * part in would be shown if the actor selection were just that actor, under the other filters.
 */
export function actorCounts(
	dataset: Dataset,
	filter: EventFilter,
	index?: FilterIndex
): ReadonlyMap<string, number> {
	return countPerActor(dataset, filter, index, 'actors', (e) => e.actors);
}

/**
 * For each actor (dataset order, zeros included): how many events are only claimed by,
 * attributed to, suspected of or denied by it, under all the other active filters; the filter
 * panel shows them apart from the participant counts of `actorCounts` ("TTP 12 · 4 attributed").
 */
export function attributedCounts(
	dataset: Dataset,
	filter: EventFilter,
	index?: FilterIndex
): ReadonlyMap<string, number> {
	return countPerActor(dataset, filter, index, 'attributed', (e) =>
		e.attributions.map((a) => a.actor).filter((id) => isAttributedOnly(e, id))
	);
}

/**
 * For each event kind (in `EVENT_KINDS` order, zeros included): how many events would be shown
 * if the kind selection were just that kind, under all the other active filters.
 */
export function kindCounts(
	dataset: Dataset,
	filter: EventFilter,
	index?: FilterIndex
): ReadonlyMap<EventKind, number> {
	const keep = compile(dataset, filter, index, 'kinds');
	return counted(dataset, keep, 'kinds', () => {
		const counts = new Map<EventKind, number>(EVENT_KINDS.map((k) => [k, 0]));
		dataset.events.forEach((e, i) => {
			const n = counts.get(e.kind);
			if (n !== undefined && keep(e, i)) counts.set(e.kind, n + 1);
		});
		return counts;
	});
}
