/**
 * The words around an embedded view (the /embed page and <causeway-timeline>): its title line,
 * the caption that says what a filtered or story view shows, and the source line. Pure.
 */
import { countText } from '../model/count.ts';
import { describeFilter } from '../model/filter-caption.ts';
import type { EventFilter } from '../model/filter.ts';
import type { Dataset } from '../model/types.ts';

/** The story step a view is on: the story's title, the step's number and the story's length. */
export interface StepPlace {
	title: string;
	number: number;
	total: number;
}

/** The title line: the publisher's own text when given, else the dataset's title when asked for. */
export function titleLine(
	options: { headline: boolean; caption: string },
	datasetTitle: string
): string | null {
	const own = options.caption.trim();
	if (own) return own;
	return options.headline && datasetTitle.trim() ? datasetTitle : null;
}

/**
 * What a view shows, when it is not the whole timeline: "Story: The argument, step 2 of 11",
 * "Events involving Tehrik-i-Taliban Pakistan (TTP), 2022–2024 · 15 of 59 events", or both
 * joined by " · "; null for the whole, unfiltered timeline.
 */
export function viewCaption(
	view: { filter: EventFilter; shown: number; story: StepPlace | null },
	dataset: Dataset
): string | null {
	const parts: string[] = [];
	if (view.story) {
		parts.push(`Story: ${view.story.title}, step ${view.story.number} of ${view.story.total}`);
	}
	const filter = describeFilter(view.filter, dataset);
	if (filter) parts.push(filter, countText(view.shown, dataset.events.length, true));
	return parts.length > 0 ? parts.join(' · ') : null;
}

/** The source line's text before its link: "Source: <dataset title>". */
export function sourceText(datasetTitle: string): string {
	const title = datasetTitle.trim();
	return title ? `Source: ${title}` : 'Source: Causeway';
}
