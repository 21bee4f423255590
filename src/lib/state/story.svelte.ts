/**
 * The story a timeline follows: the step on screen (derived from the view's `story` and `step`)
 * and the reader's moves: enter at a step, go to another, leave. The camera that frames each step
 * is a behaviour (behaviours/story-camera.ts); the URL and the host see `story` and `step` as
 * view fields like any other.
 */
import { clampStep, findStory, tourOf, type StepFocus } from '$lib/model/story';
import type { Dataset, TimelineEvent } from '$lib/model/types';

/** What the tour reads and writes of its timeline. */
interface Host {
	dataset: Dataset;
	byId: ReadonlyMap<string, TimelineEvent>;
	story: string | null;
	step: number;
	selectedId: string | null;
	windowSet: boolean;
}

export class StoryTour {
	readonly #tl: Host;
	/** The step on screen (its events, links and the steps before it), or undefined. */
	readonly focus: StepFocus | undefined = $derived.by(() =>
		tourOf(this.#tl.dataset, this.#tl.story, this.#tl.step, this.#tl.byId)
	);

	constructor(tl: Host) {
		this.#tl = tl;
	}

	/** Follows a story from step `n`; a selection closes, so that the step card shows. */
	enter(id: string, n = 1) {
		const story = findStory(this.#tl.dataset, id);
		if (!story) return;
		this.#tl.selectedId = null;
		this.#tl.windowSet = false;
		this.#tl.story = id;
		this.#tl.step = clampStep(story, n);
	}

	/** Goes to step `n` of the story being followed (kept within it). */
	go(n: number) {
		const f = this.focus;
		if (!f) return;
		this.#tl.selectedId = null;
		this.#tl.windowSet = false;
		this.#tl.step = clampStep(f.story, n);
	}

	/** Drops a story the dataset lacks and keeps the step within the story; returns the story. */
	settle() {
		const story = findStory(this.#tl.dataset, this.#tl.story);
		this.#tl.story = story?.id ?? null;
		this.#tl.step = story ? clampStep(story, this.#tl.step) : 1;
		return story;
	}

	/** Leaves the story ("Explore freely"), keeping the camera where it is. */
	leave() {
		this.#tl.story = null;
		this.#tl.step = 1;
		this.#tl.windowSet = true;
	}
}
