import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { parseDataset } from './remote.ts';
import { EVENT_SLICE, gatherReplies, repliesFor } from './worker-reply.ts';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const relay = (result: ReturnType<typeof parseDataset>) => {
	const gather = gatherReplies();
	const replies = [...repliesFor(structuredClone(result))].map((r) => structuredClone(r));
	const whole = replies.map(gather);
	return { replies, whole };
};

describe('the worker replies', () => {
	it('carry a large dataset in slices and give back the same dataset, events in order', () => {
		const result = parseDataset(bytes(generateDataset(9_500, 7)), 'https://x.example/big.json');
		expect(result.ok).toBe(true);
		const { replies, whole } = relay(result);
		expect(replies).toHaveLength(Math.ceil(9_500 / EVENT_SLICE) + 1);
		expect(whole.slice(0, -1).every((r) => r === null)).toBe(true);
		expect(whole.at(-1)).toEqual(result);
	});

	it('carry a failure in one reply', () => {
		const result = parseDataset(bytes({ events: 3 }), 'https://x.example/bad.json');
		expect(result.ok).toBe(false);
		const { replies, whole } = relay(result);
		expect(replies).toHaveLength(1);
		expect(whole[0]).toEqual(result);
	});
});
