/**
 * The one dataset loader for `src=`: fetch (fetch.ts), then decode, parse and validate with the
 * same rules as the build (remote.ts): a large file in a worker where the page can start one, so
 * it never freezes the page; a small one in place (reading it takes less than starting a worker),
 * as is any file when no worker can start.
 */
import { loadOnce } from '../model/memo.ts';
import { CANCELLED, fetchDatasetBytes } from './fetch.ts';
import { startParseWorker } from './parse-worker.ts';
import type { LoadResult } from './remote.ts';
import { gatherReplies, type WorkerReply } from './worker-reply.ts';
import type { WorkerTask } from './worker-task.ts';

export type LoadOptions = Parameters<typeof fetchDatasetBytes>[1] & {
	/** Called once the file is downloaded and its checking begins. */
	onChecking?: (bytes: number) => void;
};

/** Files at least this large are read in a worker: a few milliseconds' reading in place. */
export const WORKER_MIN_BYTES = 256 * 1024;

/** The reader (validator and importers), a chunk of its own: loaded on demand, once. */
const loadReader = loadOnce(() => import('./remote.ts'));

async function parseInPlace(bytes: Uint8Array, url: string): Promise<LoadResult> {
	const { parseDataset } = await loadReader();
	return parseDataset(bytes, url);
}

/**
 * Reads `bytes` in workers (worker-task.ts): a reader and, where a second worker starts, a
 * checker for repeated keys at the same time. Resolves to null when no worker could do it (the
 * page then reads in place), never to a result whose keys nobody checked.
 */
function parseInWorkers(
	bytes: Uint8Array,
	url: string,
	signal?: AbortSignal
): Promise<LoadResult | null> {
	const reader = startParseWorker();
	if (!reader) return Promise.resolve(null);
	const checker = startParseWorker();
	const workers = checker ? [reader, checker] : [reader];
	return new Promise((resolve) => {
		let settled = false;
		const done = (result: LoadResult | null) => {
			if (settled) return;
			settled = true;
			for (const w of workers) w.terminate();
			signal?.removeEventListener('abort', abort);
			// In a task of its own: receiving a large dataset is work enough for one task, before
			// the page lays it out.
			setTimeout(() => resolve(result), 0);
		};
		const abort = () => done({ ok: false, url, error: CANCELLED });
		signal?.addEventListener('abort', abort);
		let read: LoadResult | null = null;
		// The checker's word: the file is clean, or its own reading (with the CLI's messages).
		let checked: 'clean' | LoadResult | null = checker ? null : 'clean';
		const decide = () => {
			if (checked !== null && checked !== 'clean') done(checked);
			else if (checked === 'clean' && read) done(read);
		};
		const gatherRead = gatherReplies();
		reader.onmessage = (e: MessageEvent<WorkerReply>) => {
			read = gatherRead(e.data);
			decide();
		};
		const gatherCheck = gatherReplies();
		if (checker) {
			checker.onmessage = (e: MessageEvent<WorkerReply>) => {
				checked = 'clean' in e.data ? 'clean' : gatherCheck(e.data);
				decide();
			};
		}
		// A worker that cannot start (a policy, an old browser) leaves the reading to the page.
		for (const w of workers) {
			w.onerror = (e) => {
				e.preventDefault();
				done(null);
			};
		}
		reader.postMessage({ bytes, url, task: 'read', checkKeys: !checker } satisfies WorkerTask);
		checker?.postMessage({ bytes, url, task: 'check' } satisfies WorkerTask);
	});
}

export async function loadDataset(src: string, opts: LoadOptions): Promise<LoadResult> {
	// The reader downloads while the data does: most files are small and read in place.
	loadReader().catch(() => {});
	const fetched = await fetchDatasetBytes(src, opts);
	if (!fetched.ok) return fetched;
	opts.onChecking?.(fetched.bytes.byteLength);
	const large = fetched.bytes.byteLength >= WORKER_MIN_BYTES;
	const read = large ? await parseInWorkers(fetched.bytes, fetched.url, opts.signal) : null;
	if (opts.signal?.aborted) return { ok: false, url: fetched.url, error: CANCELLED };
	return read ?? parseInPlace(fetched.bytes, fetched.url);
}
