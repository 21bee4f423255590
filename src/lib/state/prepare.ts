/**
 * Preparing a large dataset before it is shown: its lookups, bounds, graph and label widths are
 * worked out (and kept: model/memo.ts) one per task, so that the frame that first draws it does
 * only what depends on the view. A small dataset needs no preparing.
 */
import { graphOf } from '$lib/model/graph';
import { actorsById, eventsById, knownIds, startsOf, timeOrder } from '$lib/model/lookup';
import type { Dataset } from '$lib/model/types';
import { LABEL_FONT_SIZE, maxLabelWidth, measureLabels } from '$lib/layout/packing';
import { boundsOf, homeOf } from '$lib/layout/scale';

/** Datasets with at least this many events are prepared in steps. */
export const PREPARE_MIN_EVENTS = 5000;

const STEPS: ((dataset: Dataset) => unknown)[] = [
	eventsById,
	actorsById,
	timeOrder,
	startsOf,
	knownIds,
	graphOf,
	boundsOf,
	homeOf,
	// As a chart on a desktop measures them (a phone's narrower labels are measured when drawn).
	(d) => measureLabels(d.events, LABEL_FONT_SIZE, maxLabelWidth(Infinity))
];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Prepares `dataset` step by step, each in a task of its own; `signal` stops it between steps. */
export async function prepareDataset(dataset: Dataset, signal?: AbortSignal): Promise<void> {
	if (dataset.events.length < PREPARE_MIN_EVENTS) return;
	for (const step of STEPS) {
		await nextTask();
		if (signal?.aborted) return;
		step(dataset);
	}
}
