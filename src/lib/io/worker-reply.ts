/**
 * What the dataset worker sends back (parse.worker.ts → load.ts): a valid dataset's events in
 * slices, then the result with its events left out; a failure at once. A structured copy of
 * 50,000 events is one long task on the page; slices of a few thousand are short ones.
 */
import type { TimelineEvent } from '../model/types.ts';
import type { LoadResult } from './remote.ts';

export const EVENT_SLICE = 4000;

/** `clean`: the checker found the file well-formed, with no key repeated (worker-task.ts). */
export type WorkerReply = { events: TimelineEvent[] } | { result: LoadResult } | { clean: true };

/** The replies for one result, in the order they are sent. */
export function* repliesFor(result: LoadResult): Generator<WorkerReply> {
	if (!result.ok) return yield { result };
	const { events } = result.dataset;
	for (let i = 0; i < events.length; i += EVENT_SLICE) {
		yield { events: events.slice(i, i + EVENT_SLICE) };
	}
	yield { result: { ...result, dataset: { ...result.dataset, events: [] } } };
}

/** Gathers the replies; returns the whole result once the last one is in, else null. */
export function gatherReplies(): (reply: WorkerReply) => LoadResult | null {
	const events: TimelineEvent[] = [];
	return (reply) => {
		if ('events' in reply) {
			for (const e of reply.events) events.push(e);
			return null;
		}
		if ('clean' in reply) return null;
		const { result } = reply;
		return result.ok ? { ...result, dataset: { ...result.dataset, events } } : result;
	};
}
