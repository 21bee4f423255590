/**
 * Event queries: which events of a dataset a filter keeps (actors, kinds, free text, time); the
 * panel's counts build on them (filter-counts.ts). Pure functions of their inputs; the optional
 * `FilterIndex` only caches normalised search text so typing stays fast.
 */
import { parseEdtf } from './dates.ts';
import type { Dataset, EventKind, TimelineEvent } from './types.ts';

/** What the reader has asked to see. Empty lists, empty text and null bounds mean "no filter". */
export interface EventFilter {
	/** Selected actor ids; empty = no actor filter. */
	actors: readonly string[];
	/** `any`: an event involves at least one selected actor; `all`: it involves every one. */
	match: 'any' | 'all';
	/**
	 * Whether an actor filter also keeps events only claimed by, attributed to, suspected of or
	 * denied by a selected actor (`include`), or its participants' events alone (`exclude`).
	 */
	attributed: 'include' | 'exclude';
	/** Selected kinds; empty = all kinds. */
	kinds: readonly EventKind[];
	/** Free text; every whitespace-separated term must occur. Empty = no text filter. */
	q: string;
	/** Lower time bound `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, from the start of that unit; null = open. */
	from: string | null;
	/** Upper time bound, to the end of that unit (`2023-06` = up to the end of June); null = open. */
	to: string | null;
}

/** The filter that keeps every event. */
export const NO_FILTER: EventFilter = Object.freeze({
	actors: Object.freeze([]) as readonly string[],
	match: 'any',
	attributed: 'include',
	kinds: Object.freeze([]) as readonly EventKind[],
	q: '',
	from: null,
	to: null
});

/** Searchable text of every event of one dataset, built once and reused while the reader types. */
export interface FilterIndex {
	/** The events the index was built for; an index given with another dataset is ignored. */
	readonly events: readonly TimelineEvent[];
	/** `haystacks[i]` is the search text of `events[i]`, lower case and without diacritics. */
	readonly haystacks: readonly string[];
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]+/g;
const MARKS = /\p{M}+/gu;

/**
 * Lower case without diacritics. Only runs of non-ASCII characters are decomposed: that is
 * where every mark is, and it keeps search over large datasets fast.
 */
function fold(s: string): string {
	return s.toLowerCase().replace(NON_ASCII, (run) => run.normalize('NFD').replace(MARKS, ''));
}

/** Lower case, diacritics removed ("Peshāwar" -> "peshawar"), whitespace collapsed, trimmed. */
export function normaliseText(s: string): string {
	return fold(s)
		.replace(/\s\s+|[^\S ]/g, ' ')
		.trim();
}

/** The normalised terms of a query; none when it is blank. */
function queryTerms(query: string): string[] {
	const text = normaliseText(query);
	return text === '' ? [] : text.split(' ');
}

/** Folded search text of one event. Parts are joined by spaces, which no term contains. */
function haystackOf(event: TimelineEvent, actorNames: ReadonlyMap<string, string>): string {
	const parts: string[] = [event.title];
	if (event.summary) parts.push(event.summary);
	if (event.dateAsWritten) parts.push(event.dateAsWritten);
	if (event.place?.name) parts.push(event.place.name);
	for (const id of event.actors) {
		parts.push(id);
		const name = actorNames.get(id);
		if (name) parts.push(name);
	}
	for (const tag of event.tags) parts.push(tag);
	// No whitespace collapsing needed: query terms contain none.
	return fold(parts.join(' '));
}

function containsAll(haystack: string, terms: readonly string[]): boolean {
	for (const term of terms) if (!haystack.includes(term)) return false;
	return true;
}

/**
 * Whether every term of `query` occurs (case- and diacritic-insensitively) in the event's title,
 * summary, date as written, place name, actor ids and names, or tags. A blank query matches.
 * @param actorNames actor id -> display name
 */
export function eventMatchesText(
	event: TimelineEvent,
	actorNames: ReadonlyMap<string, string>,
	query: string
): boolean {
	const terms = queryTerms(query);
	return terms.length === 0 || containsAll(haystackOf(event, actorNames), terms);
}

function actorNameMap(dataset: Dataset): Map<string, string> {
	return new Map(dataset.actors.map((a) => [a.id, a.name]));
}

/** Builds the search index of a dataset once, for repeated `filterEvents` calls as the reader types. */
export function buildFilterIndex(dataset: Dataset): FilterIndex {
	const names = actorNameMap(dataset);
	return { events: dataset.events, haystacks: dataset.events.map((e) => haystackOf(e, names)) };
}

/** A bound as a time, or null when absent or unparseable. */
function boundOf(text: string | null): { start: number; end: number } | null {
	if (text === null) return null;
	const r = parseEdtf(text.trim());
	return r.ok ? r.date : null;
}

/** The time window `[lo, hi)` of a filter; bounds given the wrong way round are swapped. */
function timeWindow(filter: EventFilter): { lo: number; hi: number } | null {
	const from = boundOf(filter.from);
	const to = boundOf(filter.to);
	if (!from && !to) return null;
	let lo = from ? from.start : Number.NEGATIVE_INFINITY;
	let hi = to ? to.end : Number.POSITIVE_INFINITY;
	if (from && to && lo >= hi) {
		lo = to.start;
		hi = from.end;
	}
	return { lo, hi };
}

export type Predicate = (event: TimelineEvent, i: number) => boolean;

const isParticipant = (e: TimelineEvent, actor: string) => e.actors.includes(actor);
/** Only claimed by, attributed to, suspected of or denied by the actor: not a participant. */
export const isAttributedOnly = (e: TimelineEvent, actor: string) =>
	!e.actors.includes(actor) && e.attributions.some((a) => a.actor === actor);
const isTied = (e: TimelineEvent, actor: string) =>
	isParticipant(e, actor) || e.attributions.some((a) => a.actor === actor);

/** What a filter with no active part keeps: everything (compared by identity). */
export const KEEP_ALL: Predicate = () => true;

/**
 * One predicate for the active parts of a filter; `skip` leaves out one part (for the counts).
 * Text normalisation happens only when the query has terms.
 */
export function compile(
	dataset: Dataset,
	filter: EventFilter,
	index: FilterIndex | undefined,
	skip?: 'actors' | 'kinds'
): Predicate {
	const tests: Predicate[] = [];

	if (skip !== 'actors' && filter.actors.length > 0) {
		const selected = [...new Set(filter.actors)];
		const tied = filter.attributed === 'include' ? isTied : isParticipant;
		if (filter.match === 'all') {
			tests.push((e) => selected.every((id) => tied(e, id)));
		} else {
			tests.push((e) => selected.some((id) => tied(e, id)));
		}
	}

	if (skip !== 'kinds' && filter.kinds.length > 0) {
		const kinds = new Set<EventKind>(filter.kinds);
		tests.push((e) => kinds.has(e.kind));
	}

	const window = timeWindow(filter);
	if (window) {
		const { lo, hi } = window;
		tests.push((e) => e.start < hi && e.end > lo);
	}

	const terms = queryTerms(filter.q);
	if (terms.length > 0) {
		if (index && index.events === dataset.events) {
			const haystacks = index.haystacks;
			tests.push((_e, i) => containsAll(haystacks[i], terms));
		} else {
			const names = actorNameMap(dataset);
			tests.push((e) => containsAll(haystackOf(e, names), terms));
		}
	}

	if (tests.length === 0) return KEEP_ALL;
	return (e, i) => {
		for (const test of tests) if (!test(e, i)) return false;
		return true;
	};
}

/**
 * The events a filter keeps, in dataset (chronological) order. An event is kept when its whole
 * possible span `[start, end)` overlaps `[from.start, to.end)`; an unparseable bound is ignored.
 * @param index from `buildFilterIndex(dataset)`; optional, only speeds up text search
 */
export function filterEvents(
	dataset: Dataset,
	filter: EventFilter,
	index?: FilterIndex
): TimelineEvent[] {
	const keep = compile(dataset, filter, index);
	return dataset.events.filter((e, i) => keep(e, i));
}

/** Of `events` an actor filter kept, those that no selected actor takes part in (attributed only). */
export function attributedOnly(
	events: readonly TimelineEvent[],
	filter: EventFilter
): TimelineEvent[] {
	if (filter.actors.length === 0 || filter.attributed === 'exclude') return [];
	// One read of the filter (often reactive state, whose every read is tracked), not one per event.
	const selected = [...filter.actors];
	return events.filter((e) => !selected.some((id) => isParticipant(e, id)));
}

/** Whether a filter would drop anything at all (`match` alone does not filter). */
export function isFiltered(filter: EventFilter): boolean {
	return (
		filter.actors.length > 0 ||
		filter.kinds.length > 0 ||
		queryTerms(filter.q).length > 0 ||
		timeWindow(filter) !== null
	);
}
