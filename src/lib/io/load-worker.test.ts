import { describe, expect, it, vi } from 'vitest';

// Counts the workers the loader asks for; none can start here, so it reads in place after.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock('./parse-worker.ts', () => ({
	startParseWorker: () => {
		started.count++;
		return null;
	}
}));

const { loadDataset, WORKER_MIN_BYTES } = await import('./load.ts');

const opts = (body: string) => ({
	pageUrl: 'https://causeway.example/',
	allowed: [],
	fetch: async () => new Response(body)
});
const dataset = (summary: string) =>
	JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', date: '2024', summary }] });

describe('where a dataset is read', () => {
	it('reads a small file in place and a large one in a worker', async () => {
		started.count = 0;
		const small = await loadDataset('/small.json', opts(dataset('short')));
		expect(small.ok).toBe(true);
		expect(started.count).toBe(0);
		const large = await loadDataset('/large.json', opts(dataset('x'.repeat(WORKER_MIN_BYTES))));
		expect(large.ok).toBe(true);
		expect(started.count).toBe(1);
	});
});
