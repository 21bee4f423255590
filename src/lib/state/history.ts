/**
 * How a change of view is recorded in the browser's history, as a reader means it: a new
 * selection (or closing it), a filter change and each story step are places Back returns to (push); typing in the
 * search box is one place per pause, not one per keystroke (the first keystroke pushes, the rest
 * replace until the reader pauses or commits); camera and display changes replace the entry.
 */
import { VIEW_PARAMS, type ViewState } from '$lib/model/view';

export type HistoryStep = 'push' | 'replace';

/** How long without typing ends a search edit, in ms. */
export const TYPING_PAUSE = 600;

/** Fields whose change is a new place in history; `q` is one too, per pause in typing. */
const PLACES: ReadonlySet<keyof ViewState> = new Set([
	'actors',
	'match',
	'kinds',
	'from',
	'to',
	'event',
	'story',
	'step'
]);

/** The fields that differ between two views, by the table's own equality. */
export function changedFields(a: ViewState, b: ViewState): (keyof ViewState)[] {
	return VIEW_PARAMS.filter((p) =>
		p.same ? !p.same(a[p.key], b[p.key]) : a[p.key] !== b[p.key]
	).map((p) => p.key);
}

/**
 * In an embed, story steps replace the entry: a host page that drives the story from its scroll
 * must not fill the reader's Back button with steps they never chose.
 */
const EMBED_PLACES: ReadonlySet<keyof ViewState> = new Set(
	[...PLACES].filter((k) => k !== 'story' && k !== 'step')
);

export class HistoryPolicy {
	/** Until when a search edit continues the current entry (ms since the epoch). */
	#typingUntil = -Infinity;
	readonly #places: ReadonlySet<keyof ViewState>;

	constructor(
		private readonly now: () => number = Date.now,
		opts: { embed?: boolean } = {}
	) {
		this.#places = opts.embed ? EMBED_PLACES : PLACES;
	}

	/**
	 * How to record `next` when the current entry shows `current`. `at` is when the reader made
	 * the edit (an input event's timeStamp), by default now.
	 */
	step(current: ViewState, next: ViewState, at = this.now()): HistoryStep {
		const changed = changedFields(current, next);
		if (changed.some((k) => this.#places.has(k))) {
			this.settle();
			return 'push';
		}
		if (!changed.includes('q')) return 'replace';
		const typing = at < this.#typingUntil;
		this.#typingUntil = this.now() + TYPING_PAUSE;
		return typing ? 'replace' : 'push';
	}

	/**
	 * Restarts the pause of a search edit in progress from now: call it once the edit is shown,
	 * so that the time a slow device takes to redraw never counts as the reader pausing.
	 */
	extend() {
		if (this.#typingUntil !== -Infinity) this.#typingUntil = this.now() + TYPING_PAUSE;
	}

	/** Whether `next` should be written at once (a new place) rather than when a gesture pauses. */
	urgent(current: ViewState, next: ViewState): boolean {
		return changedFields(current, next).some((k) => k === 'q' || this.#places.has(k));
	}

	/** The reader committed the search (blur, Enter) or Back/Forward moved: the next edit is new. */
	settle() {
		this.#typingUntil = -Infinity;
	}
}
