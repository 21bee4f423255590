/**
 * The dataset reader off the main thread: decoding, JSON parsing and validation of a fetched
 * file (remote.ts) run here, so a 50,000-event file never freezes the page that asked for it.
 * One task in (worker-task.ts); out, the replies of worker-reply.ts: the events in slices, then
 * the rest, so that the page copies each in a short task of its own.
 */
import { answer, type WorkerTask } from './worker-task.ts';

self.onmessage = (e: MessageEvent<WorkerTask>) => {
	for (const reply of answer(e.data)) self.postMessage(reply);
};
