/**
 * A story as the reader walks it: which events and links a step is about, which earlier steps
 * built up to it, the step that holds an event, and the time between a cause and its effect in
 * words. Pure functions over the normalised dataset; steps are numbered from 1, as readers and
 * URLs count them.
 */
import type { CausalLink, Dataset, Story, StoryStep, TimelineEvent } from './types.ts';

export interface StepFocus {
	story: Story;
	/** 1-based. */
	number: number;
	total: number;
	step: StoryStep;
	/** The dataset's links this step explains, in the step's order. */
	links: CausalLink[];
	/** The step's events and the ends of its links, in time order: what the camera frames. */
	events: TimelineEvent[];
	/** Ids of this step's events and link ends. */
	current: ReadonlySet<string>;
	/** Link ids this step explains. */
	currentLinks: ReadonlySet<string>;
	/** Ids of events and links of the steps before this one (the argument so far). */
	earlier: ReadonlySet<string>;
	earlierLinks: ReadonlySet<string>;
	/** The argument so far: the earlier steps' events and links with this step's. */
	shown: ReadonlySet<string>;
	shownLinks: ReadonlySet<string>;
	/** The last step shows the whole chain: every step's events are framed. */
	last: boolean;
}

/** The dataset's links a step names by their ends (every link between that pair). */
export function stepLinks(step: StoryStep, links: readonly CausalLink[]): CausalLink[] {
	return step.links.flatMap((pair) =>
		links.filter((l) => l.from === pair.from && l.to === pair.to)
	);
}

/** Ids a step is about: its events, then the ends of its links. */
export function stepEventIds(step: StoryStep): string[] {
	return [...new Set([...step.events, ...step.links.flatMap((l) => [l.from, l.to])])];
}

export const findStory = (dataset: Dataset, id: string | null): Story | undefined =>
	id === null ? undefined : dataset.stories.find((s) => s.id === id);

/** `n` kept within the story's steps (1…N). */
export const clampStep = (story: Story, n: number): number =>
	Math.min(story.steps.length, Math.max(1, Number.isFinite(n) ? Math.round(n) : 1));

/** What step `n` of a story shows; undefined for a story without steps. */
export function stepFocus(
	dataset: Dataset,
	story: Story,
	n: number,
	byId: ReadonlyMap<string, TimelineEvent>
): StepFocus | undefined {
	if (story.steps.length === 0) return undefined;
	const number = clampStep(story, n);
	const step = story.steps[number - 1];
	const last = number === story.steps.length;
	const earlier = new Set<string>();
	const earlierLinks = new Set<string>();
	for (const s of story.steps.slice(0, number - 1)) {
		for (const id of stepEventIds(s)) earlier.add(id);
		for (const l of stepLinks(s, dataset.links)) earlierLinks.add(l.id);
	}
	const links = stepLinks(step, dataset.links);
	const current = new Set(stepEventIds(step));
	const currentLinks = new Set(links.map((l) => l.id));
	const framed = last ? new Set([...earlier, ...current]) : current;
	const events = [...framed]
		.map((id) => byId.get(id))
		.filter((e): e is TimelineEvent => e !== undefined)
		.sort((a, b) => a.order - b.order);
	return {
		story,
		number,
		total: story.steps.length,
		step,
		links,
		events,
		current,
		currentLinks,
		earlier,
		earlierLinks,
		shown: new Set([...earlier, ...current]),
		shownLinks: new Set([...earlierLinks, ...currentLinks]),
		last
	};
}

/** The step on screen for a view's `story` and `step`: undefined outside a (known) story. */
export function tourOf(
	dataset: Dataset,
	storyId: string | null,
	n: number,
	byId: ReadonlyMap<string, TimelineEvent>
): StepFocus | undefined {
	const story = findStory(dataset, storyId);
	return story ? stepFocus(dataset, story, n, byId) : undefined;
}

/** The first step of the story that is about the event (1-based), or null. */
export function stepWith(story: Story, eventId: string): number | null {
	const i = story.steps.findIndex((s) => stepEventIds(s).includes(eventId));
	return i === -1 ? null : i + 1;
}

/** Every story of the dataset with the first step about the event. */
export function storiesWith(dataset: Dataset, eventId: string): { story: Story; step: number }[] {
	return dataset.stories.flatMap((story) => {
		const step = stepWith(story, eventId);
		return step === null ? [] : [{ story, step }];
	});
}

const DAY = 86_400_000;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * The time from a cause to its effect, as a reader would say it: "the same day", "14 days
 * later", "about 3 months later", "about 2 years later"; "earlier" when the effect comes first.
 * Dates known only to the month (or year) are compared at that precision.
 */
export function lagText(cause: TimelineEvent, effect: TimelineEvent): string {
	const coarse = [cause.date.precision, effect.date.precision];
	const diff = effect.start - cause.start;
	const way = diff < 0 ? 'earlier' : 'later';
	const days = Math.round(Math.abs(diff) / DAY);
	const months = Math.round(days / 30.44);
	if (coarse.includes('year')) {
		const years = Math.round(days / 365.25);
		return years === 0 ? 'the same year' : `about ${plural(years, 'year')} ${way}`;
	}
	if (coarse.includes('month')) {
		const monthOf = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
		const calendar = Math.abs(monthOf(effect.start) - monthOf(cause.start));
		if (calendar === 0) return 'the same month';
		return calendar < 24
			? `about ${plural(calendar, 'month')} ${way}`
			: `about ${plural(Math.round(calendar / 12), 'year')} ${way}`;
	}
	if (days === 0) return 'the same day';
	if (days < 60) return `${plural(days, 'day')} ${way}`;
	if (months < 24) return `about ${plural(months, 'month')} ${way}`;
	return `about ${plural(Math.round(days / 365.25), 'year')} ${way}`;
}

/** A short description for link previews: the text cut at a word before `max` characters. */
export function excerpt(text: string, max = 200): string {
	const t = text.replace(/\s+/g, ' ').trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
