/** The seed dataset as the tests read it, and who each event is tied to. */
import { readFileSync } from 'node:fs';

export interface SeedEvent {
	id: string;
	title: string;
	kind?: string;
	actors?: string[];
	attributions?: { actor: string; status: string }[];
}

export const seed = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	actors: { id: string; name: string }[];
	events: SeedEvent[];
};

/** What the actor filter keeps by default: participants, and claimed, attributed or denied ties. */
export const isTied = (e: SeedEvent, actor: string) =>
	(e.actors ?? []).includes(actor) || (e.attributions ?? []).some((a) => a.actor === actor);

/** Ids of the events the actor filter keeps for `actor`. */
export const tiedTo = (actor: string) =>
	new Set(seed.events.filter((e) => isTied(e, actor)).map((e) => e.id));
