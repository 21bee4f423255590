import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/model/validate';
import { DEFAULT_VIEW } from '$lib/model/view';
import { TimelineState } from './timeline.svelte';

const page = 'https://causeway.example/embed';
const start = validateDataset(
	{ title: 'Start', events: [{ id: 's', title: 'S', date: '2024-01-01' }] },
	'start.json'
).dataset!;
const remote = {
	title: 'Remote',
	actors: [{ id: 'ttp', name: 'TTP' }],
	events: [
		{ id: 'r1', title: 'R1', date: '2023-05-01', actors: ['ttp'] },
		{ id: 'r2', title: 'R2', date: '2023-07-01' }
	]
};

/** A fetch that answers `body` only when `release()` is called, counting its calls. */
function gatedFetch(body: string, init: ResponseInit = {}) {
	let open: () => void = () => {};
	const gate = new Promise<void>((resolve) => (open = resolve));
	const calls: string[] = [];
	const fetch = async (url: string) => {
		calls.push(url);
		await gate;
		return new Response(body, { status: 200, ...init });
	};
	return { fetch, calls, release: () => open() };
}

describe('TimelineState.load', () => {
	it('goes idle -> loading -> done, then shows the dataset with the view it is given', async () => {
		const tl = new TimelineState(start);
		expect(tl.loading.status).toEqual({ phase: 'idle' });
		const net = gatedFetch(JSON.stringify(remote));
		const done = tl.load('/remote.json', {
			pageUrl: page,
			allowed: [],
			fetch: net.fetch,
			view: (known) => ({
				...DEFAULT_VIEW,
				actors: ['ttp', 'nobody'].filter((a) => known.actors?.has(a)),
				event: 'r2'
			})
		});
		expect(tl.loading.status).toEqual({
			phase: 'loading',
			src: '/remote.json',
			loaded: 0,
			total: null,
			checking: false
		});
		expect(tl.dataset.title).toBe('Start');
		const seen: boolean[] = [];
		net.release();
		for (let s = tl.loading.status; s.phase === 'loading'; s = tl.loading.status) {
			seen.push(s.checking);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
		await done;
		// The download, then the check of the whole file, before the dataset is shown.
		expect(seen.at(-1)).toBe(true);
		expect(tl.loading.status.phase).toBe('done');
		expect(tl.loading.failure).toBeNull();
		expect(tl.dataset.title).toBe('Remote');
		expect(tl.src).toBe('/remote.json');
		expect(tl.actors).toEqual(['ttp']);
		expect(tl.selectedId).toBe('r2');
		expect(net.calls).toEqual(['https://causeway.example/remote.json']);
	});

	it('keeps the failure in its status and the old dataset on screen', async () => {
		const tl = new TimelineState(start);
		const net = gatedFetch('nope', { status: 404, statusText: 'Not Found' });
		net.release();
		await tl.load('/missing.json', { pageUrl: page, allowed: [], fetch: net.fetch });
		expect(tl.loading.failure?.error.kind).toBe('http');
		expect(tl.loading.failure?.error.message).toContain('404');
		expect(tl.dataset.title).toBe('Start');
	});

	it('refuses another origin before fetching', async () => {
		const tl = new TimelineState(start);
		const net = gatedFetch('{}');
		await tl.load('https://evil.example/x.json', { pageUrl: page, allowed: [], fetch: net.fetch });
		expect(net.calls).toEqual([]);
		expect(tl.loading.failure?.error.kind).toBe('origin');
	});

	it('loads an address once, and lets a newer request win over a slower older one', async () => {
		const tl = new TimelineState(start);
		const slow = gatedFetch(JSON.stringify({ ...remote, title: 'Slow' }));
		const fast = gatedFetch(JSON.stringify(remote));
		const first = tl.load('/slow.json', { pageUrl: page, allowed: [], fetch: slow.fetch });
		const again = tl.load('/slow.json', { pageUrl: page, allowed: [], fetch: slow.fetch });
		const second = tl.load('/fast.json', { pageUrl: page, allowed: [], fetch: fast.fetch });
		fast.release();
		await second;
		slow.release();
		await Promise.all([first, again]);
		expect(slow.calls).toHaveLength(1);
		expect(tl.dataset.title).toBe('Remote');
		expect(tl.loading.status).toMatchObject({ phase: 'done', src: '/fast.json' });
	});
});
