/**
 * The one dataset loader for `src=`: fetch (fetch.ts), then decode, parse and validate with the
 * same rules as the build (remote.ts), in a worker where the page can start one, so a large file
 * never freezes the page; in place otherwise, or when the worker fails to start.
 */
import { CANCELLED, fetchDatasetBytes } from './fetch.ts';
import { startParseWorker } from './parse-worker.ts';
import type { LoadResult } from './remote.ts';
import { gatherReplies, type WorkerReply } from './worker-reply.ts';

export type LoadOptions = Parameters<typeof fetchDatasetBytes>[1] & {
	/** Called once the file is downloaded and its checking begins. */
	onChecking?: (bytes: number) => void;
};

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
	const read = await parseInWorker(fetched.bytes, fetched.url, opts.signal);
	if (opts.signal?.aborted) return { ok: false, url: fetched.url, error: CANCELLED };
	return read ?? parseInPlace(fetched.bytes, fetched.url);
}
