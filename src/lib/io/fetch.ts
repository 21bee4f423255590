/**
 * Fetching a dataset for `src=`: which origins are allowed, and every way the fetch can fail,
 * each with a message a reader can act on. No validator here, so a page can start the download
 * while the validator (remote.ts) is still loading. The fetch is passed in, for tests.
 */
import type { Fetch } from './early-fetch.ts';

/** The largest dataset a page loads: 50,000 events with summaries take about 11 MB. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

export type LoadFailure =
	| { kind: 'origin'; message: string }
	| { kind: 'network'; message: string }
	| { kind: 'http'; message: string }
	| { kind: 'too-large'; message: string }
	| { kind: 'cancelled'; message: string }
	| { kind: 'not-json'; message: string; problems: string[] }
	| { kind: 'invalid'; message: string; problems: string[] };

/**
 * Resolves `src` against the page and says whether it may be loaded: the page's own origin
 * always, other origins only when listed in `allowed` (exact origins such as
 * "https://data.example.org"; "*" allows any).
 */
export function checkSource(
	src: string,
	pageUrl: string,
	allowed: readonly string[]
): { ok: true; url: URL } | { ok: false; message: string } {
	let url: URL;
	try {
		url = new URL(src, pageUrl);
	} catch {
		return { ok: false, message: `“${src}” is not a valid address` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, message: `“${src}” is not an http or https address` };
	}
	const own = new URL(pageUrl).origin;
	if (url.origin !== own && !allowed.includes('*') && !allowed.includes(url.origin)) {
		return {
			ok: false,
			message: `Datasets from ${url.origin} are not allowed on this site. Only this site's own datasets${allowed.length ? ` and those from ${allowed.join(', ')}` : ''} can be shown.`
		};
	}
	return { ok: true, url };
}

export const CANCELLED: LoadFailure = { kind: 'cancelled', message: 'Loading was stopped.' };

/** Reads at most `limit` bytes of the body (decoded later, strictly: model/json.ts); null when it is larger. */
async function readLimited(
	response: Response,
	limit: number,
	onProgress?: (loaded: number, total: number | null) => void
): Promise<Uint8Array | null> {
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) return null;
	if (!response.body) {
		const bytes = new Uint8Array(await response.arrayBuffer());
		return bytes.byteLength > limit ? null : bytes;
	}
	const total = Number.isFinite(declared) && declared > 0 ? declared : null;
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
		onProgress?.(size, total);
	}
	const all = new Uint8Array(size);
	let offset = 0;
	for (const c of chunks) {
		all.set(c, offset);
		offset += c.byteLength;
	}
	return all;
}

export type FetchResult =
	{ ok: true; url: string; bytes: Uint8Array } | { ok: false; url: string; error: LoadFailure };

export async function fetchDatasetBytes(
	src: string,
	opts: {
		pageUrl: string;
		allowed: readonly string[];
		fetch: Fetch;
		maxBytes?: number;
		/** Bytes read so far, and the size the server declared (null when it did not). */
		onProgress?: (loaded: number, total: number | null) => void;
		/** Aborts the download (the reader's Cancel). */
		signal?: AbortSignal;
	}
): Promise<FetchResult> {
	const checked = checkSource(src, opts.pageUrl, opts.allowed);
	if (!checked.ok)
		return { ok: false, url: src, error: { kind: 'origin', message: checked.message } };
	const url = checked.url.href;
	const limit = opts.maxBytes ?? MAX_DATASET_BYTES;
	let response: Response;
	try {
		response = await opts.fetch(url, {
			credentials: 'omit',
			redirect: 'follow',
			signal: opts.signal
		});
	} catch {
		if (opts.signal?.aborted) return { ok: false, url, error: CANCELLED };
		return {
			ok: false,
			url,
			error: {
				kind: 'network',
				message: `The dataset at ${url} could not be reached (network error). Check the address and your connection.`
			}
		};
	}
	if (!response.ok) {
		return {
			ok: false,
			url,
			error: {
				kind: 'http',
				message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`
			}
		};
	}
	let bytes: Uint8Array | null;
	try {
		bytes = await readLimited(response, limit, opts.onProgress);
	} catch {
		if (opts.signal?.aborted) return { ok: false, url, error: CANCELLED };
		return {
			ok: false,
			url,
			error: { kind: 'network', message: `The dataset at ${url} stopped loading part-way.` }
		};
	}
	if (bytes === null) {
		const mb = Math.round(limit / 1024 / 1024);
		return {
			ok: false,
			url,
			error: { kind: 'too-large', message: `The dataset at ${url} is larger than ${mb} MB.` }
		};
	}
	return { ok: true, url, bytes };
}
