/**
 * The dataset reader off the main thread: decoding, JSON parsing and validation of a fetched
 * file (remote.ts) run here, so a 50,000-event file never freezes the page that asked for it.
 * One message in ({bytes, url}); out, the replies of worker-reply.ts: the events in slices, then
 * the rest, so that the page copies each in a short task of its own.
 */
import { parseDataset } from './remote.ts';
import { repliesFor } from './worker-reply.ts';

self.onmessage = (e: MessageEvent<{ bytes: Uint8Array; url: string }>) => {
	for (const reply of repliesFor(parseDataset(e.data.bytes, e.data.url))) self.postMessage(reply);
};
