import { describe, expect, it } from 'vitest';
import { nearestOutside } from './nearest';

const ev = (id: string, start: number, end = start) => ({ id, start, end });
const events = [ev('a', 10), ev('b', 20, 30), ev('c', 80), ev('d', 95)];

describe('nearestOutside', () => {
	it('finds the nearest event on each side of an empty window', () => {
		const around = nearestOutside(events, { start: 40, end: 70 });
		expect(around?.before?.id).toBe('b');
		expect(around?.after?.id).toBe('c');
	});

	it('is null while any event overlaps the window, a range included', () => {
		expect(nearestOutside(events, { start: 25, end: 28 })).toBeNull();
		expect(nearestOutside(events, { start: 79, end: 85 })).toBeNull();
	});

	it('has one side only at either end of the data, and nothing without events', () => {
		expect(nearestOutside(events, { start: 0, end: 5 })).toEqual({
			before: null,
			after: events[0]
		});
		expect(nearestOutside(events, { start: 100, end: 120 })?.before?.id).toBe('d');
		expect(nearestOutside([], { start: 0, end: 5 })).toBeNull();
	});

	it('takes the latest end before the window, whatever the order of the list', () => {
		const around = nearestOutside([ev('long', 0, 60), ev('late', 50)], { start: 70, end: 90 });
		expect(around?.before?.id).toBe('long');
	});
});
