import { describe, expect, it } from 'vitest';
import { KEY_MAP, bindingsOf, type KeyBinding } from '$lib/model/keys';
import {
	CHART_KEY_HANDLERS,
	OVERVIEW_KEY_HANDLERS,
	handleChartKey,
	handleOverviewKey,
	type ChartKeyTarget
} from './keyboard';

/** A press that triggers the binding (Shift and Alt as it requires). */
const pressFor = (b: KeyBinding) => ({
	key: b.keys[0],
	shiftKey: b.shift ?? false,
	altKey: b.alt ?? false,
	target: null
});

function recorder(focused: string | null) {
	const calls: string[] = [];
	const target: ChartKeyTarget = {
		eventAt: () => focused,
		zoom: (f) => calls.push(`zoom ${f.toFixed(3)}`),
		fit: () => calls.push('fit'),
		pan: (f) => calls.push(`pan ${f}`),
		step: (d) => calls.push(`step ${d}`),
		jump: (w) => calls.push(`jump ${w}`),
		follow: (d, from) => calls.push(`follow ${d} ${from}`)
	};
	return { calls, target };
}

describe('the chart keyboard controller', () => {
	it('acts on every chart key of the key map, and only on those (so the help lists them all)', () => {
		const bound = bindingsOf('chart').filter((b) => !b.native);
		expect(Object.keys(CHART_KEY_HANDLERS).sort()).toEqual(bound.map((b) => b.action).sort());
		for (const b of bound) {
			const { calls, target } = recorder('besham-attack');
			expect(handleChartKey(target, pressFor(b)), b.label).toBe(true);
			expect(calls, b.label).toHaveLength(1);
		}
	});

	it('ignores keys the map does not bind', () => {
		const { calls, target } = recorder('a');
		for (const key of ['a', 'Tab', 'Enter', 'ArrowUp', 'F5']) {
			expect(handleChartKey(target, { key, shiftKey: false, altKey: false, target: null })).toBe(
				false
			);
		}
		expect(calls).toEqual([]);
	});

	it('← → browse from a focused or selected event, and pan when there is none', () => {
		const on = recorder('a');
		handleChartKey(on.target, { key: 'ArrowRight', shiftKey: false, altKey: false, target: null });
		handleChartKey(on.target, { key: 'ArrowLeft', shiftKey: false, altKey: true, target: null });
		handleChartKey(on.target, { key: 'ArrowLeft', shiftKey: true, altKey: false, target: null });
		expect(on.calls).toEqual(['step 1', 'pan -0.1', 'follow up a']);

		const off = recorder(null);
		handleChartKey(off.target, { key: 'ArrowRight', shiftKey: false, altKey: false, target: null });
		handleChartKey(off.target, { key: 'ArrowRight', shiftKey: true, altKey: false, target: null });
		expect(off.calls).toEqual(['pan 0.1']);
	});
});

describe('the overview keys', () => {
	it('has a handler for every overview binding, each moving the camera', () => {
		const bound = bindingsOf('overview');
		expect(Object.keys(OVERVIEW_KEY_HANDLERS).sort()).toEqual(bound.map((b) => b.action).sort());
		for (const b of bound) {
			const calls: string[] = [];
			const o = {
				window: { start: 100, end: 200 },
				bounds: { start: 0, end: 1000 },
				pan: (f: number) => calls.push(`pan ${f}`),
				zoom: (f: number) => calls.push(`zoom ${f}`),
				setWindow: (w: { start: number; end: number }) => calls.push(`window ${w.start}-${w.end}`)
			};
			expect(handleOverviewKey(o, pressFor(b)), b.label).toBe(true);
			expect(calls, b.label).toHaveLength(1);
			if (b.action === 'last') expect(calls).toEqual(['window 900-1000']);
			if (b.action === 'page-left') expect(calls).toEqual(['pan -0.5']);
		}
	});

	it('the help covers every key any controller acts on', () => {
		const described = new Set(KEY_MAP.map((b) => `${b.context}:${b.action}`));
		for (const a of Object.keys(CHART_KEY_HANDLERS)) expect(described).toContain(`chart:${a}`);
		for (const a of Object.keys(OVERVIEW_KEY_HANDLERS))
			expect(described).toContain(`overview:${a}`);
	});
});
