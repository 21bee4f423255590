/**
 * The normalised, typed form of a Causeway dataset: what every layer above the model works with.
 * The raw JSON form (what authors write) is described by the schema in `schema.ts`;
 * `normalise.ts` turns one into the other, filling every default the contract names.
 */

export type Precision = 'year' | 'month' | 'day';

/** A parsed EDTF-subset date: the whole span it covers, in UTC milliseconds. */
export interface EdtfDate {
	/** The text as written in the dataset, e.g. "2024-06~". */
	text: string;
	/** First instant covered (inclusive), UTC ms. */
	start: number;
	/** First instant after the covered span (exclusive), UTC ms. */
	end: number;
	precision: Precision;
	/** `~` or `%`: the date is approximately right. */
	approximate: boolean;
	/** `?` or `%`: the source is unsure of it. */
	uncertain: boolean;
}

export const EVENT_KINDS = [
	'attack',
	'diplomacy',
	'military-operation',
	'political',
	'economic',
	'publication',
	'report',
	'statement',
	'other'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['reported', 'forecast'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * reported: a source states the link; inferred: the author's argument; context: the dataset's
 * editors connect the events, and neither a source nor the article does.
 */
export const LINK_BASES = ['reported', 'inferred', 'context'] as const;
export type LinkBasis = (typeof LINK_BASES)[number];

/**
 * How an actor is tied to an event when that is a claim rather than a fact: the actor claimed
 * it, someone attributed it to the actor, suspects the actor, or the actor denied it.
 */
export const ATTRIBUTION_STATUSES = ['claimed', 'attributed', 'suspected', 'denied'] as const;
export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];

export interface Attribution {
	/** The actor it is about. */
	actor: string;
	status: AttributionStatus;
	/** The actor who makes the attribution or suspects (for claimed and denied: the speaker). */
	by?: string;
	/** Words of the dataset's editors, e.g. who exactly made it. */
	note?: string;
	sources: Source[];
}

export interface Source {
	title: string;
	url?: string;
	publisher?: string;
	date?: string;
}

export interface Place {
	name: string;
	lat?: number;
	lon?: number;
}

export interface Actor {
	id: string;
	name: string;
	kind?: string;
	description?: string;
}

export interface TimelineEvent {
	id: string;
	title: string;
	date: EdtfDate;
	endDate?: EdtfDate;
	/** Earliest instant the event may cover (date.start). */
	start: number;
	/** Latest instant (exclusive) the event may cover (endDate.end, else date.end). */
	end: number;
	dateAsWritten?: string;
	status: EventStatus;
	kind: EventKind;
	/** Actor ids of its participants, in the dataset's order. */
	actors: string[];
	/** Claimed, attributed, suspected or denied ties: never participants. */
	attributions: Attribution[];
	summary?: string;
	place?: Place;
	sources: Source[];
	tags: string[];
	/** Deaths a source reports (ACLED's `fatalities`). */
	fatalities?: number;
	/** The event's id in an ACLED export. */
	acledId?: string;
	/** Position in chronological order (0-based) within the dataset. */
	order: number;
}

export interface CausalLink {
	/** Stable id: `${from}->${to}` plus `#n` for the n-th repeat of the same pair. */
	id: string;
	from: string;
	to: string;
	label: string;
	basis: LinkBasis;
	hedge?: string;
	note?: string;
	sources: Source[];
}

export interface Period {
	id: string;
	title: string;
	date: EdtfDate;
	endDate?: EdtfDate;
	/** It continues: no end is known (written as no endDate, or ".."); `end` is open. */
	open: boolean;
	start: number;
	end: number;
	description?: string;
}

/** One step of a story: the events it is about and the links it explains, in its author's words. */
export interface StoryStep {
	title: string;
	text: string;
	events: string[];
	/** Links by their ends; each names a link of the dataset. */
	links: { from: string; to: string }[];
	/** The window to frame, as EDTF dates without qualifiers; else the step's events are framed. */
	view?: { start: string; end: string };
}

/** A guided path through the timeline, step by step along its argument. */
export interface Story {
	id: string;
	title: string;
	summary?: string;
	steps: StoryStep[];
}

export interface Dataset {
	id: string;
	title: string;
	description?: string;
	language?: string;
	basedOn?: Source;
	actors: Actor[];
	/** Sorted chronologically (start, then end, then id). */
	events: TimelineEvent[];
	links: CausalLink[];
	periods: Period[];
	stories: Story[];
}
