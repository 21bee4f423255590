import { describe, expect, it, vi } from 'vitest';
import type { WorkerTask } from './worker-task.ts';

// Workers that run the worker's own code (worker-task.ts) in this process, a task later; how
// many may start is set per test.
const pool = vi.hoisted(() => ({ allowed: 2, tasks: [] as WorkerTask['task'][] }));
vi.mock('./parse-worker.ts', async () => {
	const { answer } = await import('./worker-task.ts');
	class InProcessWorker {
		onmessage: ((e: { data: unknown }) => void) | null = null;
		onerror: ((e: { preventDefault(): void }) => void) | null = null;
		#stopped = false;
		postMessage(task: WorkerTask) {
			pool.tasks.push(task.task);
			setTimeout(() => {
				for (const reply of answer(structuredClone(task))) {
					if (!this.#stopped) this.onmessage?.({ data: structuredClone(reply) });
				}
			}, 0);
		}
		terminate() {
			this.#stopped = true;
		}
	}
	return {
		startParseWorker: () => (pool.allowed-- > 0 ? new InProcessWorker() : null)
	};
});

const { loadDataset, WORKER_MIN_BYTES } = await import('./load.ts');
const { parseDataset } = await import('./remote.ts');

const long = 'x'.repeat(WORKER_MIN_BYTES);
const clean = JSON.stringify({
	title: 'T',
	events: [{ id: 'a', title: 'A', date: '2024', summary: long }]
});
// The same file with "title" twice in its event: JSON.parse would keep the second.
const repeated = clean.replace('"title":"A"', '"title":"A","title":"B"');

async function load(body: string, workers: number) {
	pool.allowed = workers;
	pool.tasks = [];
	const opts = {
		pageUrl: 'https://causeway.example/',
		allowed: [],
		fetch: async () => new Response(body)
	};
	return loadDataset('/large.json', opts);
}
const canonical = (body: string) =>
	parseDataset(new TextEncoder().encode(body), 'https://causeway.example/large.json');

describe('a large file read by two workers at once', () => {
	it('takes the reader’s dataset once the checker finds no repeated key', async () => {
		const result = await load(clean, 2);
		expect(pool.tasks.sort()).toEqual(['check', 'read']);
		expect(result).toEqual(canonical(clean));
		expect(result.ok).toBe(true);
	});

	it('gives the CLI’s message for a repeated key, though the reader did not look for it', async () => {
		const result = await load(repeated, 2);
		expect(result).toEqual(canonical(repeated));
		const problems = !result.ok && 'problems' in result.error ? result.error.problems : [];
		expect(problems[0]).toMatch(/the key "title" appears twice in one object/);
	});

	it('still finds a repeated key where only one worker can start', async () => {
		const result = await load(repeated, 1);
		expect(pool.tasks).toEqual(['read']);
		expect(result).toEqual(canonical(repeated));
		expect(result.ok).toBe(false);
	});
});
