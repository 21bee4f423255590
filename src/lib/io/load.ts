/**
 * The one dataset loader for `src=`: fetch (fetch.ts), then decode, parse and validate with the
 * same rules as the build (remote.ts): a large file in a worker where the page can start one, so
 * it never freezes the page; a small one in place (reading it takes less than starting a worker),
 * as is any file when no worker can start.
 */
import { CANCELLED, fetchDatasetBytes } from './fetch.ts';
import { startParseWorker } from './parse-worker.ts';
import type { LoadResult } from './remote.ts';
import { gatherReplies, type WorkerReply } from './worker-reply.ts';

export type LoadOptions = Parameters<typeof fetchDatasetBytes>[1] & {
	/** Called once the file is downloaded and its checking begins. */
	onChecking?: (bytes: number) => void;
};

/** Files at least this large are read in a worker: a few milliseconds' reading in place. */
export const WORKER_MIN_BYTES = 256 * 1024;

async function parseInPlace(bytes: Uint8Array, url: string): Promise<LoadResult> {
	const { parseDataset } = await import('./remote.ts');
	return parseDataset(bytes, url);
}

/** Reads `bytes` in a worker; resolves to null when no worker could do it (then read in place). */
function parseInWorker(
	bytes: Uint8Array,
	url: string,
	signal?: AbortSignal
): Promise<LoadResult | null> {
	const worker = startParseWorker();
	if (!worker) return Promise.resolve(null);
	return new Promise((resolve) => {
		const done = (result: LoadResult | null) => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
			// In a task of its own: receiving a large dataset is work enough for one task, before
			// the page lays it out.
			setTimeout(() => resolve(result), 0);
		};
		const abort = () => done({ ok: false, url, error: CANCELLED });
		signal?.addEventListener('abort', abort);
		const gather = gatherReplies();
		worker.onmessage = (e: MessageEvent<WorkerReply>) => {
			const result = gather(e.data);
			if (result) done(result);
		};
		// A worker that cannot start (a policy, an old browser) leaves the reading to the page.
		worker.onerror = (e) => {
			e.preventDefault();
			done(null);
		};
		worker.postMessage({ bytes, url });
	});
}

export async function loadDataset(src: string, opts: LoadOptions): Promise<LoadResult> {
	const fetched = await fetchDatasetBytes(src, opts);
	if (!fetched.ok) return fetched;
	opts.onChecking?.(fetched.bytes.byteLength);
	const large = fetched.bytes.byteLength >= WORKER_MIN_BYTES;
	const read = large ? await parseInWorker(fetched.bytes, fetched.url, opts.signal) : null;
	if (opts.signal?.aborted) return { ok: false, url: fetched.url, error: CANCELLED };
	return read ?? parseInPlace(fetched.bytes, fetched.url);
}
