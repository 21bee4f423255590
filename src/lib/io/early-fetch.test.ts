import { describe, expect, it, vi } from 'vitest';
import { DATASET_REQUEST, earlyAddress, fetchAhead, type Fetch } from './early-fetch.ts';
import { fetchDatasetBytes } from './fetch.ts';

const page = 'https://causeway.example/embed?src=/data/x.json&controls=0';
const own = 'https://causeway.example/data/x.json';

/** A fetch that records its calls and answers each with the call's number. */
function recorder() {
	const calls: { input: string; init?: RequestInit }[] = [];
	const fetcher: Fetch = async (input, init) => {
		calls.push({ input, init });
		return new Response(`{"n":${calls.length}}`);
	};
	return { calls, fetcher };
}

describe('earlyAddress', () => {
	it('resolves the page’s own addresses, relative or not', () => {
		expect(earlyAddress('/data/x.json', page)).toBe(own);
		expect(earlyAddress('x.json', page)).toBe('https://causeway.example/x.json');
		expect(earlyAddress(own, page)).toBe(own);
	});

	it('leaves other origins, other schemes and nonsense to the loader’s checks', () => {
		for (const src of [
			'https://data.example/x.json',
			'javascript:alert(1)',
			'data:application/json,{}',
			'http://[bad'
		]) {
			expect(earlyAddress(src, page), src).toBeNull();
		}
	});
});

describe('fetchAhead', () => {
	it('asks at once, and answers the loader’s first ask for that address with that request', async () => {
		const { calls, fetcher } = recorder();
		const ahead = fetchAhead('/data/x.json', page, fetcher);
		expect(calls).toHaveLength(1);
		expect(calls[0].input).toBe(own);
		const first = await ahead(own, DATASET_REQUEST);
		expect(await first.json()).toEqual({ n: 1 });
		expect(calls).toHaveLength(1);
		// A second ask (a reload of the data) is a new request.
		expect(await (await ahead(own)).json()).toEqual({ n: 2 });
	});

	it('passes other addresses through', async () => {
		const { calls, fetcher } = recorder();
		const ahead = fetchAhead('/data/x.json', page, fetcher);
		await ahead('https://causeway.example/other.json');
		expect(calls.map((c) => c.input)).toEqual([own, 'https://causeway.example/other.json']);
	});

	it('asks nothing early for another origin', () => {
		const { calls, fetcher } = recorder();
		expect(fetchAhead('https://data.example/x.json', page, fetcher)).toBe(fetcher);
		expect(calls).toHaveLength(0);
	});

	it('aborts the early request when the ask that took it is aborted', async () => {
		const { calls, fetcher } = recorder();
		const ahead = fetchAhead('/data/x.json', page, fetcher);
		const stop = new AbortController();
		await ahead(own, { signal: stop.signal });
		const early = calls[0].init?.signal;
		expect(early?.aborted).toBe(false);
		stop.abort();
		expect(early?.aborted).toBe(true);
	});

	it('makes the request the loader would make itself', async () => {
		const { calls, fetcher } = recorder();
		await fetchDatasetBytes(own, { pageUrl: page, allowed: [], fetch: fetcher });
		const { signal, ...init } = calls[0].init ?? {};
		expect(signal).toBeUndefined();
		expect(init).toEqual(DATASET_REQUEST);
	});

	it('reports a failed early request to the ask that takes it, not as an unhandled rejection', async () => {
		const failing = vi.fn<Fetch>(() => Promise.reject(new TypeError('offline')));
		const ahead = fetchAhead('/data/x.json', page, failing);
		const result = await fetchDatasetBytes(own, { pageUrl: page, allowed: [], fetch: ahead });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.kind).toBe('network');
		expect(failing).toHaveBeenCalledTimes(1);
	});
});
