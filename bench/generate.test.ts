import { describe, expect, it, vi } from 'vitest';
import { parseEdtf } from '../src/lib/model/dates.ts';
import { validateDataset } from '../src/lib/model/validate.ts';
import { EVENT_ID_PREFIX, generateDataset } from './generate.ts';

describe('generateDataset', () => {
	it('is deterministic: same n and seed give identical JSON', () => {
		expect(JSON.stringify(generateDataset(1000, 7))).toBe(JSON.stringify(generateDataset(1000, 7)));
		expect(JSON.stringify(generateDataset(1000, 7))).not.toBe(
			JSON.stringify(generateDataset(1000, 8))
		);
	});

	it('draws only from its seed, never from Math.random', () => {
		const random = vi.spyOn(Math, 'random');
		try {
			generateDataset(500, 9);
			expect(random).not.toHaveBeenCalled();
		} finally {
			random.mockRestore();
		}
	});

	it.each([1, 10, 1000, 10_000])('has n events, 8 actors and n/5 links (n = %i)', (n) => {
		const d = generateDataset(n, 1);
		expect(d.events).toHaveLength(n);
		expect(d.actors).toHaveLength(8);
		expect(d.links).toHaveLength(Math.floor(n / 5));
		expect(new Set(d.events.map((e) => e.id)).size).toBe(n);
		expect(d.events.every((e) => e.id.startsWith(EVENT_ID_PREFIX))).toBe(true);
	});

	it('spreads events over 2015–2024 with ~10% month-precise dates and ~10% ranges', () => {
		const d = generateDataset(10_000, 3);
		const month = d.events.filter((e) => /^\d{4}-\d{2}$/.test(e.date)).length;
		const ranges = d.events.filter((e) => e.endDate !== undefined).length;
		expect(month / 10_000).toBeGreaterThan(0.07);
		expect(month / 10_000).toBeLessThan(0.13);
		expect(ranges / 10_000).toBeGreaterThan(0.07);
		expect(ranges / 10_000).toBeLessThan(0.13);
		for (const e of d.events) {
			expect(e.date >= '2015-01' && e.date <= '2024-12-31').toBe(true);
			if (e.endDate) {
				expect(e.endDate <= '2024-12-31').toBe(true);
				const days = (Date.parse(e.endDate) - Date.parse(e.date)) / 86_400_000;
				expect(days).toBeGreaterThanOrEqual(2);
				expect(days).toBeLessThanOrEqual(42);
			}
			expect(e.actors.length === 1 || e.actors.length === 2).toBe(true);
			expect(new Set(e.actors).size).toBe(e.actors.length);
		}
	});

	it('links go from an earlier (or same-day) event to a later one, never to themselves', () => {
		const d = generateDataset(5000, 11);
		const byId = new Map(d.events.map((e) => [e.id, e]));
		const span = (text: string) => {
			const r = parseEdtf(text);
			if (!r.ok) throw new Error(text);
			return r.date;
		};
		for (const l of d.links) {
			expect(l.from).not.toBe(l.to);
			const cause = byId.get(l.from)!;
			const effect = byId.get(l.to)!;
			expect(span(cause.date).start).toBeLessThanOrEqual(span(effect.date).start);
		}
	});

	it('passes the dataset validator without errors or warnings (n = 1000)', () => {
		const d = generateDataset(1000, 5);
		const result = validateDataset(JSON.parse(JSON.stringify(d)), 'events-1000.json');
		expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
		expect(result.problems).toEqual([]);
		expect(result.dataset?.events).toHaveLength(1000);
	});
});
