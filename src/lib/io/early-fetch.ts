/**
 * A dataset request begun by a page's first script, before the app's code has arrived (the embed
 * page's entry, publish/embed/index.ts): the app's loader later asks for the same address through
 * the `fetch` it is given, and gets that request's answer, so the download runs while the code
 * loads and starts. Only the page's own origin is asked this early: another waits for the
 * loader's origin check (fetch.ts). The first matching ask takes it; aborting that ask aborts it.
 * No imports: this module is part of the entry, a few hundred bytes.
 */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The request fetch.ts makes for a dataset (fetch.test.ts holds the two to the same). */
export const DATASET_REQUEST: RequestInit = { credentials: 'omit', redirect: 'follow' };

/** The address `src` names on the page at `pageUrl`, when it may be asked for early; else null. */
export function earlyAddress(src: string, pageUrl: string): string | null {
	try {
		const url = new URL(src, pageUrl);
		return url.origin === new URL(pageUrl).origin && /^https?:$/.test(url.protocol)
			? url.href
			: null;
	} catch {
		return null;
	}
}

/**
 * Starts the request for `src` now (when it is the page's own origin) and returns a fetch that
 * answers the first ask for that address with it, and every other ask as `fetcher` does.
 */
export function fetchAhead(src: string, pageUrl: string, fetcher: Fetch): Fetch {
	const url = earlyAddress(src, pageUrl);
	if (url === null) return fetcher;
	const abort = new AbortController();
	let early: Promise<Response> | null = fetcher(url, { ...DATASET_REQUEST, signal: abort.signal });
	// Its failure is reported by the ask that takes it, not as an unhandled rejection.
	early.catch(() => {});
	return (input, init) => {
		if (early === null || input !== url) return fetcher(input, init);
		const answer = early;
		early = null;
		const signal = init?.signal;
		if (signal?.aborted) abort.abort();
		else signal?.addEventListener('abort', () => abort.abort(), { once: true });
		return answer;
	};
}
