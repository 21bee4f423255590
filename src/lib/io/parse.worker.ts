/**
 * The dataset reader off the main thread: decoding, JSON parsing and validation of a fetched
 * file (remote.ts) run here, so a 50,000-event file never freezes the page that asked for it.
 * One message in ({bytes, url}), one out (the LoadResult).
 */
import { parseDataset } from './remote.ts';

self.onmessage = (e: MessageEvent<{ bytes: Uint8Array; url: string }>) => {
	self.postMessage(parseDataset(e.data.bytes, e.data.url));
};
