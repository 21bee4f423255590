import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from './after-frame';

/** Frames by hand: `frame()` runs the callbacks waiting for the next one. */
function frames() {
	let waiting = new Map<number, () => void>();
	let next = 1;
	vi.stubGlobal('requestAnimationFrame', (cb: () => void) => (waiting.set(next, cb), next++));
	vi.stubGlobal('cancelAnimationFrame', (id: number) => waiting.delete(id));
	return () => {
		const due = waiting;
		waiting = new Map();
		for (const cb of due.values()) cb();
	};
}
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe('afterNextFrame', () => {
	it('runs the work in a task after the next frame, not before', async () => {
		const frame = frames();
		const done: string[] = [];
		afterNextFrame(() => done.push('work'));
		await nextTask();
		expect(done).toEqual([]);
		frame();
		expect(done).toEqual([]);
		await nextTask();
		expect(done).toEqual(['work']);
	});

	it('is cancelled before the frame, and between the frame and its task', async () => {
		const frame = frames();
		const done: string[] = [];
		afterNextFrame(() => done.push('early'))();
		const late = afterNextFrame(() => done.push('late'));
		frame();
		late();
		await nextTask();
		expect(done).toEqual([]);
	});
});
