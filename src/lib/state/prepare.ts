/**
 * Preparing a large dataset before it is shown: its lookups, bounds, graph, filter counts and
 * label widths are worked out (and kept: model/memo.ts) one per task, so that the frame that
 * first draws it does only what depends on the view. A small dataset needs no preparing.
 */
import { NO_FILTER } from '$lib/model/filter';
import { actorCounts, attributedCounts, kindCounts } from '$lib/model/filter-counts';
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
	// The filter panel's counts before any filter.
	(d) => actorCounts(d, NO_FILTER),
	(d) => attributedCounts(d, NO_FILTER),
	(d) => kindCounts(d, NO_FILTER),
	// As a chart on a desktop measures them (a phone's narrower labels are measured when drawn).
	(d) => measureLabels(d.events, LABEL_FONT_SIZE, maxLabelWidth(Infinity))
];

/** Steps run in one task until this much time (ms) has gone: short tasks, few of them. */
export const PREPARE_TASK_MS = 40;

/**
 * A new task, without the 4 ms that browsers add to a chain of nested timeouts: a message on a
 * channel of its own (where there is none, a timeout).
 */
function nextTask(): Promise<void> {
	if (typeof MessageChannel === 'undefined') {
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * Prepares `dataset` step by step in tasks of their own, each task taking steps until
 * {@link PREPARE_TASK_MS} have gone, and resolves in a task of its own; `signal` stops it
 * between steps.
 */
export async function prepareDataset(dataset: Dataset, signal?: AbortSignal): Promise<void> {
	if (dataset.events.length < PREPARE_MIN_EVENTS) return;
	let began = -Infinity;
	for (const step of STEPS) {
		if (performance.now() - began >= PREPARE_TASK_MS) {
			await nextTask();
			began = performance.now();
		}
		if (signal?.aborted) return;
		step(dataset);
	}
	// What follows (the first draw) starts a task of its own.
	await nextTask();
}
