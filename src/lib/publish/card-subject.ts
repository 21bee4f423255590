/**
 * What a share card shows: the whole timeline, one event with its direct causes and effects, a
 * story (every step's events), or one story step. Each subject has a title, a short line (date
 * and kind, or the story and the step), the events it brings forward, the links it draws, the
 * card's address under /cards/, and words for the picture's alt text. Pure: a dataset in.
 */
import { formatRange } from '../model/dates.ts';
import { KIND_LABELS } from '../model/labels.ts';
import { eventsById } from '../model/lookup.ts';
import { findStory, stepFocus } from '../model/story.ts';
import type { CausalLink, Dataset, TimelineEvent } from '../model/types.ts';

export type CardSubject =
	| { kind: 'site' }
	| { kind: 'timeline' }
	| { kind: 'event'; id: string }
	| { kind: 'story'; id: string }
	| { kind: 'step'; id: string; step: number };

export interface CardContent {
	title: string;
	/** "26 March 2024 · Attack", "Step 3 of 11 · The argument". */
	line: string;
	/** The events brought forward (labelled), in time order. */
	events: TimelineEvent[];
	/** The links drawn strongly; every other link between shown events is not drawn. */
	links: CausalLink[];
	/** The event the card is about, ringed; null for a timeline, a story or a step. */
	highlight: string | null;
	/** Whether marks carry their titles (not for the whole timeline: too many to read). */
	labels: boolean;
	/** The picture in words, for og:image:alt. */
	alt: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function years(events: readonly TimelineEvent[]): string {
	if (events.length === 0) return '';
	const a = new Date(events[0].start).getUTCFullYear();
	const b = new Date(Math.max(...events.map((e) => e.end)) - 1).getUTCFullYear();
	return a === b ? String(a) : `${a}–${b}`;
}

function eventAlt(title: string, causes: number, effects: number): string {
	const parts = [
		causes > 0 ? plural(causes, 'cause') : '',
		effects > 0 ? plural(effects, 'effect') : ''
	].filter(Boolean);
	return parts.length === 0
		? `“${title}” on a timeline; it has no causes or effects recorded.`
		: `“${title}” on a timeline with its ${parts.join(' and ')}, joined by arrows.`;
}

/** The date and kind of an event, as its card's short line. */
export function eventLine(event: TimelineEvent): string {
	const forecast = event.status === 'forecast' ? ' (forecast)' : '';
	return `${formatRange(event.date, event.endDate)} · ${KIND_LABELS[event.kind]}${forecast}`;
}

/** What a card shows; null when the subject names nothing in the dataset. */
export function cardContent(dataset: Dataset, subject: CardSubject): CardContent | null {
	// Causeway itself, for pages about no dataset of this site's (another dataset's shell, 404).
	if (subject.kind === 'site') {
		return {
			title: 'Causeway',
			line: 'Timelines that show what happened, and why',
			events: [],
			links: [],
			highlight: null,
			labels: false,
			alt: 'The Causeway mark: two events joined by a causal arrow.'
		};
	}
	const byId = eventsById(dataset);
	if (subject.kind === 'timeline') {
		const span = years(dataset.events);
		return {
			title: dataset.title,
			line: [
				plural(dataset.events.length, 'event'),
				span,
				plural(dataset.links.length, 'causal link')
			]
				.filter(Boolean)
				.join(' · '),
			events: dataset.events,
			links: dataset.links,
			highlight: null,
			labels: false,
			alt: `A timeline of ${plural(dataset.events.length, 'event')}${span ? `, ${span}` : ''}, joined by ${plural(dataset.links.length, 'causal arrow')}.`
		};
	}
	if (subject.kind === 'event') {
		const event = byId.get(subject.id);
		if (!event) return null;
		const links = dataset.links.filter((l) => l.from === event.id || l.to === event.id);
		const ids = new Set([event.id, ...links.flatMap((l) => [l.from, l.to])]);
		const causes = new Set(links.filter((l) => l.to === event.id).map((l) => l.from));
		const effects = new Set(links.filter((l) => l.from === event.id).map((l) => l.to));
		return {
			title: event.title,
			line: eventLine(event),
			events: dataset.events.filter((e) => ids.has(e.id)),
			links,
			highlight: event.id,
			labels: true,
			alt: eventAlt(event.title, causes.size, effects.size)
		};
	}
	const story = findStory(dataset, subject.id);
	if (!story || story.steps.length === 0) return null;
	const n = subject.kind === 'story' ? story.steps.length : subject.step;
	if (!Number.isInteger(n) || n < 1 || n > story.steps.length) return null;
	const focus = stepFocus(dataset, story, n, byId);
	if (!focus) return null;
	if (subject.kind === 'story') {
		const links = dataset.links.filter((l) => focus.shownLinks.has(l.id));
		return {
			title: story.title,
			line: `A story in ${plural(story.steps.length, 'step')} · ${years(focus.events)}`,
			events: focus.events,
			links,
			highlight: null,
			labels: true,
			alt: `The story’s ${plural(focus.events.length, 'event')} on a timeline, joined by ${plural(links.length, 'causal arrow')}.`
		};
	}
	const events = dataset.events.filter((e) => focus.current.has(e.id));
	return {
		title: focus.step.title,
		line: `Step ${focus.number} of ${focus.total} · ${story.title}`,
		events,
		links: focus.links,
		highlight: null,
		labels: true,
		alt: `Step ${focus.number} of “${story.title}”: ${plural(events.length, 'event')} on a timeline${focus.links.length > 0 ? `, joined by ${plural(focus.links.length, 'causal arrow')}` : ''}.`
	};
}

/** Where a subject's card is served: /cards/index.png, /cards/events/<id>.png, … */
export function cardPath(subject: CardSubject): string {
	switch (subject.kind) {
		case 'site':
			return '/cards/site.png';
		case 'timeline':
			return '/cards/index.png';
		case 'event':
			return `/cards/events/${subject.id}.png`;
		case 'story':
			return `/cards/stories/${subject.id}.png`;
		case 'step':
			return `/cards/stories/${subject.id}/${subject.step}.png`;
	}
}

const ID = '[A-Za-z0-9_-]{1,64}';
const PATHS: readonly [RegExp, (m: RegExpMatchArray) => CardSubject][] = [
	[/^site$/, () => ({ kind: 'site' })],
	[/^index$/, () => ({ kind: 'timeline' })],
	[new RegExp(`^events/(${ID})$`), (m) => ({ kind: 'event', id: m[1] })],
	[new RegExp(`^stories/(${ID})$`), (m) => ({ kind: 'story', id: m[1] })],
	[
		new RegExp(`^stories/(${ID})/([1-9]\\d{0,3})$`),
		(m) => ({ kind: 'step', id: m[1], step: Number(m[2]) })
	]
];

/** The subject of a card's path below /cards/ without ".png" ("events/besham-attack"); null if none. */
export function subjectOfPath(path: string): CardSubject | null {
	for (const [pattern, subject] of PATHS) {
		const m = path.match(pattern);
		if (m) return subject(m);
	}
	return null;
}

/** Every card the site's pages have: Causeway's, the timeline, each event, story and step. */
export function cardSubjects(dataset: Dataset): CardSubject[] {
	return [
		{ kind: 'site' },
		{ kind: 'timeline' },
		...dataset.events.map((e): CardSubject => ({ kind: 'event', id: e.id })),
		...dataset.stories.flatMap((s): CardSubject[] =>
			s.steps.length === 0
				? []
				: [
						{ kind: 'story', id: s.id },
						...s.steps.map((_, i): CardSubject => ({ kind: 'step', id: s.id, step: i + 1 }))
					]
		)
	];
}
