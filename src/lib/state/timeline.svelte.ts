/**
 * The view state of one timeline instance: filters, selection, zoom window, layout, arrows, theme,
 * and the load status of its dataset. One object per instance, handed down by context, so several
 * timelines can share a page. Its URL form is `toView()` / `applyView()`, derived from the table
 * in model/view.ts: every view field but `event` (the selection) and `view` (the camera) is a
 * field of the same name here.
 */
import { isoDay, parseEdtf } from '$lib/model/dates';
import { countText } from '$lib/model/count';
import { actorsById, adjacentEvent, eventsById, inOrder, knownIds } from '$lib/model/lookup';
import {
	buildFilterIndex,
	attributedOnly,
	filterEvents,
	isFiltered,
	type EventFilter
} from '$lib/model/filter';
import { actorCounts, attributedCounts, kindCounts } from '$lib/model/filter-counts';
import { graphOf, type CausalGraph } from '$lib/model/graph';
import { EVENT_KINDS, type Dataset, type EventKind, type TimelineEvent } from '$lib/model/types';
import {
	DEFAULT_VIEW,
	PLAIN_KEYS,
	sameItems,
	setPlain,
	type KnownIds,
	type PlainKey,
	type Layout,
	type Theme,
	type ViewState
} from '$lib/model/view';
import type { LoadOptions } from '$lib/io/load';
import { DatasetLoad } from './loader.svelte';
import { PREPARE_MIN_EVENTS, prepareDataset } from './prepare';
import { StoryTour } from './story.svelte';
import { reserveBounds } from '$lib/layout/clear';
import {
	boundsOf,
	clampWindow,
	ensureVisible,
	homeOf,
	panWindow,
	zoomWindow,
	DAY,
	type TimeWindow
} from '$lib/layout/scale';
/** The shortest window the camera allows: two days. */
export const MIN_SPAN = 2 * DAY;

export class TimelineState implements Pick<ViewState, PlainKey> {
	dataset: Dataset = $state.raw() as Dataset;

	actors: string[] = $state([]);
	match: 'any' | 'all' = $state('any');
	attributed: 'include' | 'exclude' = $state('include');
	kinds: EventKind[] = $state([]);
	q: string = $state('');
	from: string | null = $state(null);
	to: string | null = $state(null);

	selectedId: string | null = $state(null);
	layout: Layout = $state('compact');
	arrows: boolean = $state(true);
	theme: Theme = $state('auto');
	/** The camera: the visible span of time, in UTC ms. */
	window: TimeWindow = $state.raw({ start: 0, end: 1 });
	/** Set by the URL's `view=`; false while the window simply fits everything. */
	windowSet = $state(false);
	src: string | null = $state(null);
	controls = $state(true);
	/** The embed's title line and description (see ViewState). */
	headline = $state(true);
	description = $state(false);
	caption = $state('');
	height: number | null = $state(null);
	story: string | null = $state(null);
	step = $state(1);

	readonly byId = $derived(eventsById(this.dataset));
	readonly actorsById = $derived(actorsById(this.dataset));
	/** The ids a URL or a host's command may name. */
	readonly known: KnownIds = $derived(knownIds(this.dataset));
	/** The story being followed: its step on screen, and the moves between steps. */
	readonly tour: StoryTour = new StoryTour(this);
	readonly graph: CausalGraph = $derived(graphOf(this.dataset));
	readonly index = $derived(buildFilterIndex(this.dataset));
	readonly filter: EventFilter = $derived({
		actors: this.actors,
		match: this.match,
		attributed: this.attributed,
		kinds: this.kinds,
		q: this.q,
		from: this.from,
		to: this.to
	});
	readonly filtered = $derived(isFiltered(this.filter));
	/** Large enough that its chart and its menus' counts follow the controls a frame later. */
	readonly large = $derived(this.dataset.events.length >= PREPARE_MIN_EVENTS);
	/** The text index is built only once someone searches (it costs ~0.1 s per 50,000 events). */
	readonly #searchIndex = $derived(this.q.trim() ? this.index : undefined);
	readonly visible: TimelineEvent[] = $derived(
		filterEvents(this.dataset, this.filter, this.#searchIndex)
	);
	readonly actorCounts = $derived(actorCounts(this.dataset, this.filter, this.#searchIndex));
	readonly attributedCounts = $derived(
		attributedCounts(this.dataset, this.filter, this.#searchIndex)
	);
	readonly kindCounts = $derived(kindCounts(this.dataset, this.filter, this.#searchIndex));
	/** The share of the chart the details cover on its right (0: closed, or a phone). */
	reserveRight = $state(0);
	readonly #dataBounds = $derived(boundsOf(this.dataset));
	/** How far the camera may go: every event and period, padded, and room beside the details. */
	readonly bounds: TimeWindow = $derived(reserveBounds(this.#dataBounds, this.reserveRight));
	/** Where the camera opens: the dense part of the data (see focusWindow). */
	readonly home: TimeWindow = $derived(homeOf(this.dataset));
	readonly selected: TimelineEvent | null = $derived(
		this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null
	);
	/** Shown events that no selected actor takes part in: they are only attributed to one. */
	readonly attributedShown = $derived(attributedOnly(this.visible, this.filter).length);
	/** "12 of 54 events" or "All 54 events". */
	readonly countText = $derived(
		countText(this.visible.length, this.dataset.events.length, this.filtered)
	);
	/** The load status of the `src=` dataset. */
	readonly loading = new DatasetLoad();

	constructor(dataset: Dataset, view: Partial<ViewState> = {}) {
		this.dataset = dataset;
		this.window = this.home;
		this.applyView({ ...DEFAULT_VIEW, ...view });
	}

	/**
	 * Replaces the dataset (e.g. one loaded from `src=`) and applies `view` to it (by default the
	 * current view; ids the new dataset lacks are dropped). The camera returns to the new data's
	 * opening view unless `view` names a window.
	 */
	setDataset(dataset: Dataset, view: ViewState = this.toView()) {
		this.dataset = dataset;
		this.window = this.home;
		this.windowSet = false;
		this.applyView(view);
	}

	/**
	 * Loads the dataset at `src` through the io loader (once per address) and shows it with
	 * `view(known ids)` applied, by default the current view; the status is `loading.status`.
	 */
	async load(src: string, opts: LoadOptions & { view?: (known: KnownIds) => ViewState }) {
		const { view, ...loadOpts } = opts;
		const dataset = await this.loading.start(src, { ...loadOpts, prepare: prepareDataset });
		if (!dataset) return;
		this.setDataset(dataset, { ...(view ? view(knownIds(dataset)) : this.toView()), src });
	}

	// --- selection and browsing -------------------------------------------------------------

	select(id: string | null, opts: { reveal?: boolean } = {}) {
		if (id !== null && !this.byId.has(id)) return;
		this.selectedId = id;
		if (id !== null && opts.reveal !== false) this.reveal(id);
	}

	/** Pans (and zooms out only if needed) so the event is in view. */
	reveal(id: string) {
		const event = this.byId.get(id);
		if (!event) return;
		// Not recorded as a chosen view: the selection in the URL brings it back into view anyway.
		this.setWindow(ensureVisible(this.window, event.start, event.end, 0.1), false);
	}

	/** The visible event before or after the selection in time (the first/last when none). */
	adjacent(step: 1 | -1): TimelineEvent | null {
		return adjacentEvent(this.visible, this.selected, step);
	}

	stepEvent(step: 1 | -1) {
		const next = this.adjacent(step);
		if (next) this.select(next.id);
	}

	// --- camera -------------------------------------------------------------------------------

	setWindow(w: TimeWindow, user = true) {
		const next = clampWindow(w, this.bounds, MIN_SPAN);
		if (next.start === this.window.start && next.end === this.window.end) return;
		this.window = next;
		if (user) this.windowSet = true;
	}

	/**
	 * Zooms by `factor` (> 1 zooms in) about `anchor` (a fraction of the window). Without an
	 * anchor, about the selected event when it is in view (so it stays put), else the middle.
	 */
	zoom(factor: number, anchor?: number) {
		let at = anchor;
		if (at === undefined) {
			const s = this.selected;
			const span = this.window.end - this.window.start;
			const f = s ? ((s.start + s.end) / 2 - this.window.start) / span : NaN;
			at = f >= 0 && f <= 1 ? f : 0.5;
		}
		this.setWindow(zoomWindow(this.window, factor, at));
	}

	pan(fraction: number) {
		this.setWindow(panWindow(this.window, fraction));
	}

	/** Shows the whole time range. */
	fit() {
		this.setWindow(this.bounds);
	}

	readonly canZoomIn = $derived(this.window.end - this.window.start > MIN_SPAN * 1.01);
	readonly canZoomOut = $derived(
		this.window.start > this.bounds.start + 1 || this.window.end < this.bounds.end - 1
	);

	// --- filters ------------------------------------------------------------------------------

	/** Keeps lists in dataset order so the URL form is canonical. */
	toggleActor(id: string, on = !this.actors.includes(id)) {
		const rest = this.actors.filter((a) => a !== id);
		this.actors = inOrder(
			on ? [...rest, id] : rest,
			this.dataset.actors.map((a) => a.id)
		);
	}

	toggleKind(kind: EventKind, on = !this.kinds.includes(kind)) {
		const rest = this.kinds.filter((k) => k !== kind);
		this.kinds = inOrder(on ? [...rest, kind] : rest, EVENT_KINDS);
	}

	setRange(from: string | null, to: string | null) {
		this.from = from && parseEdtf(from).ok ? from : null;
		this.to = to && parseEdtf(to).ok ? to : null;
	}

	/** Sets the time filter to the current camera window (the overview's "filter to view"). */
	rangeFromWindow() {
		this.setRange(isoDay(this.window.start), isoDay(this.window.end - 1));
	}

	clearFilters() {
		this.actors = [];
		this.match = 'any';
		this.attributed = 'include';
		this.kinds = [];
		this.q = '';
		this.from = null;
		this.to = null;
	}

	// --- URL form -----------------------------------------------------------------------------

	toView(): ViewState {
		const v: ViewState = { ...DEFAULT_VIEW };
		for (const key of PLAIN_KEYS) setPlain(v, key, this[key]);
		v.event = this.selectedId;
		v.view = this.windowSet
			? { start: isoDay(this.window.start), end: isoDay(this.window.end - 1) }
			: null;
		return v;
	}

	applyView(v: ViewState) {
		for (const key of PLAIN_KEYS) setPlain(this, key, v[key]);
		const story = this.tour.settle();
		const actors = inOrder(
			v.actors,
			this.dataset.actors.map((a) => a.id)
		);
		if (!sameItems(actors, this.actors)) this.actors = actors;
		if (v.view) {
			const start = parseEdtf(v.view.start);
			const end = parseEdtf(v.view.end);
			if (start.ok && end.ok) this.setWindow({ start: start.date.start, end: end.date.end });
		} else if (story) {
			// The story's camera frames the step.
			this.windowSet = false;
		} else if (this.windowSet || this.window !== this.home) {
			this.window = this.home;
			this.windowSet = false;
		}
		this.selectedId = v.event && this.byId.has(v.event) ? v.event : null;
		// A linked selection must be on screen, whatever window the link asked for.
		if (this.selectedId && !v.view) this.reveal(this.selectedId);
		else if (this.selectedId) {
			const e = this.byId.get(this.selectedId)!;
			if (e.end < this.window.start || e.start > this.window.end) this.reveal(e.id);
		}
	}
}

export { getTimelineState, setTimelineState } from './context';
