/**
 * What an export holds: the view (the events in it, the links between them, the actors they
 * name, every period, stories only when nothing is filtered out), the file's name, and the
 * sentence every exported file carries to say what it holds.
 */
import { countText } from '../../model/count.ts';
import type {
	Actor,
	CausalLink,
	Dataset,
	Period,
	Story,
	TimelineEvent
} from '../../model/types.ts';

export interface ExportView {
	dataset: Dataset;
	/** The events in view (filters applied), in chronological order; the whole dataset when unfiltered. */
	events: readonly TimelineEvent[];
	/** How the view was filtered in words, e.g. "actors: TTP; kinds: attack"; absent when unfiltered. */
	filters?: string;
	/** The view's permalink, written into each file so a reader can get back to it. */
	url?: string;
}

export type ExportFormat =
	'json' | 'csv-events' | 'csv-links' | 'csv-actors' | 'ics' | 'timelinejs';

/** One file to download: its name, MIME type and text. */
export interface ExportFile {
	name: string;
	type: string;
	text: string;
}

/** The parts of the dataset that belong to a view. */
export interface ViewContent {
	dataset: Dataset;
	events: readonly TimelineEvent[];
	/** Links whose both ends are in view, in the dataset's order. */
	links: CausalLink[];
	/** Actors an event in view names (participant, attributed actor or its `by`), in the dataset's order. */
	actors: Actor[];
	/** All periods: they are context. */
	periods: Period[];
	/** The stories, only when nothing is filtered out (a story may name any event). */
	stories: Story[];
	filtered: boolean;
}

/**
 * Whether the view leaves something out: filters are set, or not every event is in it. Either
 * way, stories are left out and the file is named `-filtered`.
 */
export const isFiltered = (view: ExportView): boolean =>
	Boolean(view.filters?.trim()) || view.events.length !== view.dataset.events.length;

export function viewContent(view: ExportView): ViewContent {
	const { dataset, events } = view;
	const inView = new Set(events.map((e) => e.id));
	const named = new Set<string>();
	for (const e of events) {
		for (const id of e.actors) named.add(id);
		for (const a of e.attributions) {
			named.add(a.actor);
			if (a.by !== undefined) named.add(a.by);
		}
	}
	const filtered = isFiltered(view);
	return {
		dataset,
		events,
		links: dataset.links.filter((l) => inView.has(l.from) && inView.has(l.to)),
		actors: dataset.actors.filter((a) => named.has(a.id)),
		periods: dataset.periods,
		stories: filtered ? [] : dataset.stories,
		filtered
	};
}

/** Runs of white space (line breaks too) as one space, for text on one line. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * What the file holds, as a plain sentence: "Title: 15 of 54 events, filtered by actors: TTP",
 * "Title: all 54 events", "Title: 1 event".
 */
export function holdsSentence(view: ExportView): string {
	const filtered = isFiltered(view);
	const count = countText(view.events.length, view.dataset.events.length, filtered);
	const lower = count.charAt(0).toLowerCase() + count.slice(1);
	const filters = view.filters?.trim() ? `, filtered by ${oneLine(view.filters)}` : '';
	return `${oneLine(view.dataset.title)}: ${lower}${filters}`;
}

/** `<id><suffix>.<ext>`, with `-filtered` before the extension when the view is filtered. */
export function exportName(view: ExportView, suffix: string, ext: string): string {
	return `${view.dataset.id}${suffix}${isFiltered(view) ? '-filtered' : ''}.${ext}`;
}

/**
 * The view's URL with `event=<id>` set, for a link to one event. A relative URL stays relative;
 * null for text that is no URL at all.
 */
export function eventUrl(url: string, eventId: string): string | null {
	const base = 'https://causeway.invalid';
	let parsed: URL;
	try {
		parsed = new URL(url, base);
	} catch {
		return null;
	}
	parsed.searchParams.set('event', eventId);
	return parsed.origin === base ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}
