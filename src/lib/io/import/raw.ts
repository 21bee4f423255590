/** The author-form (raw JSON) objects an import writes; empty optional fields are left out. */
import type { RawActor } from './actors.ts';

export type { RawActor };

export interface RawSource {
	title: string;
	url?: string;
	publisher?: string;
	date?: string;
}

export interface RawPlace {
	name: string;
	lat?: number;
	lon?: number;
}

export interface RawEvent {
	id: string;
	title: string;
	date: string;
	endDate?: string;
	dateAsWritten?: string;
	kind?: string;
	status?: string;
	actors?: string[];
	summary?: string;
	place?: RawPlace;
	sources?: RawSource[];
	tags?: string[];
	/** Extra fields are kept by the contract (ACLED's fatalities and id). */
	[extra: string]: unknown;
}

export interface RawLink {
	from: string;
	to: string;
	label?: string;
	basis?: string;
	hedge?: string;
	note?: string;
	sources?: RawSource[];
}

export interface RawPeriod {
	id: string;
	title: string;
	date: string;
	endDate?: string;
	description?: string;
}

export interface RawImport {
	id?: string;
	title?: string;
	description?: string;
	actors: RawActor[];
	events: RawEvent[];
	links?: RawLink[];
	periods?: RawPeriod[];
}
