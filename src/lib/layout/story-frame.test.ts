import { describe, expect, it } from 'vitest';
import { DAY } from './scale.ts';
import { frameSpan, frameWindow } from './story-frame.ts';

const x = (t: number, w: { start: number; end: number }, width: number) =>
	((t - w.start) / (w.end - w.start)) * width;

describe('frameSpan', () => {
	const start = Date.UTC(2024, 0, 1);
	const end = Date.UTC(2024, 5, 1);

	it('puts the events inside the free part, with room for a label on the right', () => {
		const w = frameSpan(start, end, { width: 1000, free: 600, labelWidth: 150 })!;
		expect(x(start, w, 1000)).toBeCloseTo(24);
		expect(x(end, w, 1000)).toBeCloseTo(600 - 150 - 24);
	});

	it('widens a lone event to the shortest span, centred in the free part', () => {
		const w = frameSpan(start, start + DAY, {
			width: 800,
			free: 800,
			labelWidth: 100,
			minSpan: 30 * DAY
		})!;
		expect((w.end - w.start) / DAY).toBeCloseTo(30);
		const mid = x(start + DAY / 2, w, 800);
		expect(mid).toBeGreaterThan(24);
		expect(mid).toBeLessThan(800 - 124);
	});

	it('keeps a usable part when labels are as wide as a phone', () => {
		const w = frameSpan(start, end, { width: 320, free: 320, labelWidth: 400 })!;
		expect(x(end, w, 320)).toBeGreaterThan(100);
		expect(x(end, w, 320)).toBeLessThanOrEqual(320 - 160);
	});

	it('refuses nonsense', () => {
		expect(frameSpan(end, start, { width: 100, free: 100, labelWidth: 0 })).toBeNull();
		expect(frameSpan(start, end, { width: 0, free: 0, labelWidth: 0 })).toBeNull();
	});
});

describe('frameWindow', () => {
	it('extends a window so that it fills the free part only', () => {
		const w = frameWindow({ start: 0, end: 600 }, 1000, 600);
		expect(w).toEqual({ start: 0, end: 1000 });
		expect(frameWindow({ start: 0, end: 600 }, 1000, 1000)).toEqual({ start: 0, end: 600 });
	});
});
