import { describe, expect, it } from 'vitest';
import { graphOf } from '$lib/model/graph';
import { datasetOf } from '$lib/model/fixture';
import { eventsById, knownIds } from '$lib/model/lookup';
import { measureLabels } from '$lib/layout/packing';
import { homeOf } from '$lib/layout/scale';
import { FollowsAfterFrame } from './after-frame.svelte';
import { prepareDataset, PREPARE_MIN_EVENTS } from './prepare';
import { TimelineState } from './timeline.svelte';

const many = (n: number) =>
	datasetOf({
		id: 'many',
		title: 'Many',
		events: Array.from({ length: n }, (_, i) => ({
			id: `e${i}`,
			title: `Event number ${i}`,
			date: `20${String(10 + (i % 10))}-01-01`
		}))
	});

describe('prepareDataset: a large dataset is worked out before it is shown', () => {
	it('leaves its lookups, graph, camera and label widths ready, the same objects the page reads', async () => {
		const d = many(PREPARE_MIN_EVENTS);
		await prepareDataset(d);
		expect(eventsById(d)).toBe(eventsById(d));
		expect(eventsById(d).get('e7')?.title).toBe('Event number 7');
		expect(knownIds(d).events.size).toBe(PREPARE_MIN_EVENTS);
		expect(graphOf(d)).toBe(graphOf(d));
		expect(homeOf(d).end).toBeGreaterThan(homeOf(d).start);
		expect(measureLabels(d.events, 12, 240)).toBe(measureLabels(d.events, 12, 240));
		expect(measureLabels(d.events, 12, 120)).not.toBe(measureLabels(d.events, 12, 240));
	});

	it('works in tasks of its own, so other tasks run between its steps; a small dataset at once', async () => {
		const order: string[] = [];
		const done = prepareDataset(many(PREPARE_MIN_EVENTS)).then(() => order.push('prepared'));
		setTimeout(() => order.push('other task'), 0);
		await done;
		expect(order).toEqual(['other task', 'prepared']);
		const small: string[] = [];
		const quick = prepareDataset(many(10)).then(() => small.push('prepared'));
		setTimeout(() => small.push('other task'), 0);
		await quick;
		expect(small).toEqual(['prepared']);
	});
});

describe('TimelineState.large: which datasets follow the controls a frame later', () => {
	it('is true from PREPARE_MIN_EVENTS events on, false below', () => {
		expect(new TimelineState(many(PREPARE_MIN_EVENTS)).large).toBe(true);
		expect(new TimelineState(many(PREPARE_MIN_EVENTS - 1)).large).toBe(false);
	});

	it('starts a follower with the value itself (a small dataset’s never lags)', () => {
		const tl = new TimelineState(many(10));
		const counts = new FollowsAfterFrame(
			() => tl.kindCounts,
			() => tl.filter,
			() => tl.large
		);
		expect(counts.current.get('other')).toBe(10);
	});
});
