/**
 * What one timeline's chart draws in this frame, derived from the timeline state and the chart's
 * measured width: packing (settled after a zoom for large datasets), the frame's layout, the level
 * of detail, the roving focus, and who has the reader's attention (pointer, keyboard). A rune
 * class, created by Timeline.svelte during its initialisation.
 */
import { levelOfDetail, svgMarks } from '$lib/layout/detail';
import {
	frameLayout,
	LABEL_FONT_SIZE,
	maxLabelWidth,
	measureLabels,
	packTimeline
} from '$lib/layout/timeline';
import { chainOf } from '$lib/model/graph';
import { idsOf, startsOf, withEvents } from '$lib/model/lookup';
import type { Dataset, TimelineEvent } from '$lib/model/types';
import type { TimelineState } from '$lib/state/timeline.svelte';
import { afterNextFrame } from '$lib/behaviours/after-frame';

/** Height of the time axis above the plot, and the padding below the last row. */
export const AXIS = 30;
export const PAD = 10;
/** Width of each gutter that holds the stubs, outside the plot, while arrows are shown. */
export const GUTTER = 30;
/** Beyond this many events, packing waits for a zoom gesture to settle. */
const LIVE_PACK_LIMIT = 1500;

export class ChartView {
	/** The chart element's measured width (0 until measured). */
	measured = $state(0);
	focusedKey: string | null = $state(null);
	/** The focused mark, when focus came from the keyboard (its tooltip shows). */
	tipFocusKey: string | null = $state(null);
	hoverKey: string | null = $state(null);
	/** The arrow whose tooltip shows (hovered, focused, or its follow-menu option focused). */
	activeLinkId: string | null = $state(null);
	/** The span the rows were packed for; for large datasets it follows the zoom once it settles. */
	#settledSpan = $state(0);
	/** The events a large dataset's packing has caught up with (see `packedEvents`). */
	#caughtUp: { dataset: Dataset; events: readonly TimelineEvent[] } | null = $state.raw(null);
	/** The selection a large dataset's chain emphasis follows (see `emphasised`). */
	#emphasisFor: string | null = $state(null);

	private readonly tl: TimelineState = $state.raw() as TimelineState;

	/**
	 * `later`: the chart is created after the page started (never while the page is prerendered
	 * or hydrated), so that a large dataset's marks may be packed and drawn after the next frame
	 * (see `packedEvents`): no task of its first draw does everything at once.
	 */
	constructor(tl: TimelineState, later = false) {
		this.tl = tl;
		this.#caughtUp = later ? null : { dataset: tl.dataset, events: this.drawnEvents };
		this.#emphasisFor = tl.selectedId;
		$effect(() => {
			const id = this.tl.selectedId;
			if (this.#small) return;
			const timer = setTimeout(() => (this.#emphasisFor = id), 0);
			return () => clearTimeout(timer);
		});
		$effect(() => {
			const events = this.drawnEvents;
			const dataset = this.tl.dataset;
			const caught = this.#caughtUp;
			if (this.#small || (caught?.events === events && caught.dataset === dataset)) return;
			// The reader sees the controls answer before the chart is packed.
			return afterNextFrame(() => (this.#caughtUp = { dataset, events }));
		});
		$effect(() => {
			const s = this.span;
			const timer = setTimeout(() => (this.#settledSpan = s), 140);
			return () => clearTimeout(timer);
		});
	}

	/** Before the first measurement (prerendered HTML) the chart is laid out at 960 px. */
	readonly outerWidth = $derived(this.measured || 960);
	/** Arrows are drawn when the reader wants them, and always in a story: they are its argument. */
	readonly arrowsShown = $derived(this.tl.arrows || this.tl.tour.focus !== undefined);
	readonly gutter = $derived(this.arrowsShown ? GUTTER : 0);
	/** The plot's width: the time axis spans it. */
	readonly width = $derived(Math.max(100, this.outerWidth - 2 * this.gutter));

	/** A selected event that the filters hide is still drawn, faintly. */
	readonly ghostId = $derived.by(() => {
		const s = this.tl.selected;
		return s && !this.tl.visible.includes(s) ? s.id : null;
	});
	/** Drawn too, whatever the filters: the selection, and the story step's own events. */
	readonly drawnEvents = $derived.by(() => {
		const s = this.tl.selected;
		const extra = [...(this.tl.tour.focus?.events ?? []), ...(this.ghostId && s ? [s] : [])];
		return withEvents(this.tl.visible, extra);
	});
	readonly #labelMax = $derived(maxLabelWidth(this.width));
	/** Label widths do not change with the zoom: measured once per dataset and width class. */
	readonly labels = $derived(
		measureLabels(this.tl.dataset.events, LABEL_FONT_SIZE, this.#labelMax)
	);
	readonly span = $derived(this.tl.window.end - this.tl.window.start);
	readonly packSpan = $derived(
		this.drawnEvents.length <= LIVE_PACK_LIMIT || this.#settledSpan === 0
			? this.span
			: this.#settledSpan
	);
	readonly #small = $derived(!this.tl.large);
	/**
	 * The events packed and drawn: those to draw, at once for a small dataset. A large one's
	 * chart catches up after the next frame (on its first draw, and after a filter), so that the
	 * controls answer in one short task and the packing takes another.
	 */
	readonly packedEvents: readonly TimelineEvent[] = $derived.by(() => {
		if (this.#small) return this.drawnEvents;
		const caught = this.#caughtUp;
		return caught?.dataset === this.tl.dataset ? caught.events : [];
	});
	/**
	 * The event whose chain is emphasised: the selection, which a large dataset's chart follows a
	 * task after the details open (walking a long chain and redrawing for it takes a task).
	 */
	readonly emphasised = $derived(this.#small ? this.tl.selectedId : this.#emphasisFor);
	readonly packed = $derived(
		packTimeline(
			this.packedEvents,
			this.tl.dataset.actors,
			this.tl.layout,
			this.width / this.packSpan,
			{},
			this.labels
		)
	);
	readonly stale = $derived(Math.abs(this.packSpan - this.span) > this.span * 1e-6);
	readonly layout = $derived(
		frameLayout(
			this.packed,
			this.tl.window,
			this.width,
			this.tl.dataset.periods,
			this.stale,
			LABEL_FONT_SIZE,
			this.width * (1 - this.tl.reserveRight)
		)
	);
	readonly marks = $derived(this.layout.marks);
	readonly height = $derived(AXIS + this.layout.height + PAD);
	/** The story step on screen while nothing is selected: what it and the steps before show. */
	readonly story = $derived.by(() => {
		const f = this.tl.tour.focus;
		return f && !this.tl.selectedId ? f : null;
	});
	/** What stays bright: the selected event's chain, else the story so far. */
	readonly chain = $derived(
		this.emphasised
			? chainOf(this.tl.graph, this.emphasised)
			: this.story && { events: this.story.shown, links: this.story.shownLinks }
	);
	/** What the packing holds (a large dataset's catches up after a frame): arrows end there. */
	readonly #drawnIds = $derived(idsOf(this.packedEvents));
	readonly detail = $derived(
		levelOfDetail({
			marks: this.marks,
			links: this.tl.dataset.links,
			width: this.width,
			height: this.layout.height + PAD,
			starts: startsOf(this.tl.dataset),
			drawn: this.#drawnIds,
			arrows: this.arrowsShown,
			chainLinks: this.chain?.links ?? null,
			moving: this.stale
		})
	);

	/** Roving tabindex: the focused or selected event's mark if drawn, else the first in view. */
	readonly focusKey: string | null = $derived.by(() => {
		const marks = this.marks;
		if (this.focusedKey && marks.some((m) => m.key === this.focusedKey)) return this.focusedKey;
		const selected = marks.find((m) => m.eventId === this.tl.selectedId);
		const inView = marks.find((m) => m.x1 >= 0 && m.x0 <= this.width);
		return (selected ?? inView ?? marks[0])?.key ?? null;
	});
	readonly overlayMarks = $derived(
		svgMarks(this.marks, this.detail.onCanvas, {
			focusKey: this.focusKey,
			hoverKey: this.hoverKey,
			selectedId: this.tl.selectedId,
			chain: this.chain?.events ?? null
		})
	);

	markByKey(key: string | null) {
		return key ? this.marks.find((m) => m.key === key) : undefined;
	}
	/** The event the reader attends to (pointer, else focus): its arrows come forward. */
	readonly attentionId = $derived(
		this.markByKey(this.hoverKey ?? this.focusedKey)?.eventId ?? null
	);
	readonly tipMark = $derived(this.markByKey(this.hoverKey ?? this.tipFocusKey) ?? null);
	readonly tipArrow = $derived(
		this.activeLinkId
			? this.detail.arrows.arrows.find((a) => a.link.id === this.activeLinkId)
			: undefined
	);

	/** The last pointer seen over the chart: a touch never leaves a hover tooltip behind. */
	pointerType = '';

	hover(key: string | null) {
		this.hoverKey = this.pointerType === 'touch' ? null : key;
	}

	/** A mark gained (key) or lost (null) focus; `visible` says the keyboard moved it. */
	focusMark(key: string | null, visible: boolean) {
		this.focusedKey = key;
		this.tipFocusKey = key !== null && visible ? key : null;
	}
}
