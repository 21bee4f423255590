import { describe, expect, it } from 'vitest';
import { loadOnce } from './memo.ts';

describe('loadOnce', () => {
	it('loads once, whoever asks, and gives every caller the same promise', async () => {
		let calls = 0;
		const load = loadOnce(async () => ++calls);
		const first = load();
		expect(load()).toBe(first);
		expect(await first).toBe(1);
		expect(await load()).toBe(1);
		expect(calls).toBe(1);
	});

	it('forgets a failure, so the next call tries again', async () => {
		let calls = 0;
		const load = loadOnce(async () => {
			calls++;
			if (calls === 1) throw new Error('offline');
			return 'chunk';
		});
		await expect(load()).rejects.toThrow('offline');
		expect(await load()).toBe('chunk');
		expect(calls).toBe(2);
	});
});
