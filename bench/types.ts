/** The shape of `bench/results/results.json`. */
import type { Bounded } from './stats.ts';
import type { MainThreadWork } from './trace.ts';

/** Causeway, and the two tools it is compared with: vis-timeline and TimelineJS. */
export type PageName = 'causeway' | 'vis' | 'tl';
export type Anchor = Exclude<PageName, 'causeway'>;
export const PAGES: readonly PageName[] = ['causeway', 'vis', 'tl'];
export const ANCHORS: readonly Anchor[] = ['vis', 'tl'];

export interface LongTaskSummary {
	count: number;
	/** Longest task in ms; null when there was none. */
	maxMs: number | null;
	totalMs: number;
}

export interface PhaseResult {
	/** Input steps sent (wheel notches or pointer moves), of `stepsPlanned`. */
	steps: number;
	stepsPlanned: number;
	/** False when the phase hit its time cap (the page could not keep up). */
	complete: boolean;
	durationMs: number;
	/** Main-thread work per frame, from the phase's trace; null if the trace failed. */
	mainThread: MainThreadWork | null;
	longTasks: LongTaskSummary;
	/** What the camera showed afterwards (vis: its window; Causeway: the URL query), to check the gesture did something. */
	view: string | null;
}

export interface RunResult {
	page: PageName;
	size: number;
	run: number;
	url: string;
	/** 0 when this page went first in its run pair, 1 when second. */
	order: number;
	/** Events were drawn (first frame seen). */
	drew: boolean;
	timedOut: boolean;
	capMs: number;
	/** Navigation start → the task after the first rAF after an event element appeared. */
	firstFrameMs: number | null;
	/** Navigation start → that first rAF callback (before the frame's style, layout and paint). */
	firstFrameRafMs: number | null;
	/** vis and TimelineJS pages: their own mark (vis `changed`, TimelineJS `loaded`; cross-check). */
	pageMarkMs: number | null;
	/** Event elements in the DOM at first frame. */
	drawnElements: number | null;
	heapUsedBytes: number | null;
	chart: { width: number; height: number } | null;
	load: LongTaskSummary | null;
	zoom: PhaseResult | null;
	pan: PhaseResult | null;
	/** Long tasks during zoom and pan together. */
	interaction: LongTaskSummary | null;
	wallMs: number;
	errors: string[];
	notes: string[];
}

export interface FilterResult {
	size: number;
	run: number;
	url: string;
	actor: string | null;
	/** Click → the task after the first rAF after `[data-result-count]` changed. */
	ms: number | null;
	/** Click → that rAF callback. */
	rafMs: number | null;
	/** Click → the task after the first frame after the chart's marks changed. */
	chartMs: number | null;
	/** The longest main-thread task from the click until the list follows (a second later). */
	longestTaskMs: number | null;
	countBefore: string | null;
	countAfter: string | null;
	note: string | null;
}

export interface PageMedians {
	runs: number;
	drew: number;
	timedOut: number;
	firstFrameMs: Bounded | null;
	heapUsedMB: number | null;
	loadLongTasks: number | null;
	loadMaxLongTaskMs: number | null;
	/** Main-thread ms per frame during zoom and pan (medians over runs of each run's p50 / p95). */
	zoomP50Ms: number | null;
	zoomP95Ms: number | null;
	panP50Ms: number | null;
	panP95Ms: number | null;
	/** Long tasks (over 50 ms, PerformanceObserver) during zoom and pan. */
	interactionLongTasks: number | null;
	/** Click → the task after the first frame after the chart's marks changed. */
	chartMs: number | null;
	/** The longest main-thread task during zoom and pan (from the traces), median over runs. */
	interactionMaxLongTaskMs: number | null;
	/** The worst single run, for "no long task over 100 ms". */
	interactionMaxLongTaskMsWorst: number | null;
	zoomComplete: boolean | null;
	panComplete: boolean | null;
}

export interface Ratio {
	value: number;
	/** 'exact', or a bound when one side hit its time cap. */
	kind: 'exact' | 'atMost' | 'atLeast';
}

export interface SizeResult {
	size: number;
	runs: RunResult[];
	filter: FilterResult[];
	median: Record<PageName, PageMedians> & { filterMs: number | null };
	/** Causeway / each anchor. */
	ratio: Record<Anchor, Ratios>;
}

export interface Ratios {
	firstFrame: Ratio | null;
	heap: Ratio | null;
	zoomP95: Ratio | null;
	panP95: Ratio | null;
}

export interface BytesFile {
	url: string;
	file: string | null;
	bytes: number | null;
	gzip: number | null;
}

export interface BytesResult {
	url: string;
	status: number | null;
	jsGzip: number;
	cssGzip: number;
	totalGzip: number;
	htmlGzip: number | null;
	files: BytesFile[];
	note: string | null;
}

export interface Target {
	id: string;
	description: string;
	/** The measured value, formatted. */
	measured: string;
	limit: string;
	/** null: could not be decided (missing data, or only a bound that does not settle it). */
	pass: boolean | null;
	note: string | null;
}

export interface BenchResults {
	meta: {
		date: string;
		command: string;
		smoke: boolean;
		sizes: number[];
		runs: number;
		seed: number;
		causewayUrl: string;
		filterUrl: string;
		visUrl: string;
		tlUrl: string;
		eventSelector: string;
		machine: {
			nproc: number;
			cpu: string;
			memoryGB: number;
			os: string;
			node: string;
			chromium: string;
			loadAverageStart: number[];
			loadAverageEnd: number[];
		};
		viewport: { width: number; height: number };
		durationS: number;
		notes: string[];
	};
	bytes: {
		causeway: BytesResult | null;
		vis: BytesResult | null;
		tl: BytesResult | null;
		/** The web component, `/causeway.js` (one file, gzip level 9). */
		element: BytesResult | null;
		/** Causeway embed / each anchor, JS + CSS. */
		ratio: number | null;
		ratioTl: number | null;
	};
	sizes: SizeResult[];
	targets: Target[];
}
