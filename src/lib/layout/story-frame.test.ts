import { describe, expect, it } from 'vitest';
import { DAY } from './scale.ts';
import { frameSpan, frameWindow, stepTarget } from './story-frame.ts';
import type { StepFocus } from '../model/story.ts';

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

describe('stepTarget', () => {
	const e = (id: string, start: number, end: number) => ({ id, start, end });
	const focus = (events: ReturnType<typeof e>[], view?: { start: string; end: string }) =>
		({ events, step: { view } }) as unknown as StepFocus;
	const plot = { width: 1000, free: 600 };

	it('frames the events with room for the widest label, or the step’s own window', () => {
		const a = e('a', Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2));
		const b = e('b', Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 2));
		const w = stepTarget(focus([a, b]), plot, (id) => (id === 'b' ? 150 : 10))!;
		expect(w).toEqual(frameSpan(a.start, b.end, { ...plot, labelWidth: 150 }));
		const own = stepTarget(focus([a, b], { start: '2024-01', end: '2024-06' }), plot, () => 0)!;
		expect(own.start).toBe(Date.UTC(2024, 0, 1));
		expect(own.end).toBeCloseTo(
			Date.UTC(2024, 0, 1) + ((Date.UTC(2024, 6, 1) - Date.UTC(2024, 0, 1)) * 1000) / 600
		);
		expect(stepTarget(focus([]), plot, () => 0)).toBeNull();
	});
});
