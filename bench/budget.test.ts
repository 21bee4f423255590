import { describe, expect, it } from 'vitest';
import {
	BUDGETS,
	budgetMeasured,
	checkBudgets,
	describeBudget,
	GATE_EXIT_CODE,
	gateExitCode
} from './budget.ts';
import { benchResults, bytesResult } from './fixtures.ts';

const bytes = (embed: number, element: number | null) =>
	benchResults(
		[],
		bytesResult(embed),
		element === null ? null : bytesResult(element, { url: '/causeway.js' })
	).bytes;

describe('size budget', () => {
	it('checks the embed against 50 KB and /causeway.js against 55 KB, inclusive', () => {
		expect(checkBudgets(bytes(50_000, 55_000)).map((c) => [c.id, c.gzipBytes, c.pass])).toEqual([
			['embed-bytes', 50_000, true],
			['element-bytes', 55_000, true]
		]);
		expect(checkBudgets(bytes(50_001, 55_001)).map((c) => c.pass)).toEqual([false, false]);
	});

	it('says how far over or under each file is', () => {
		const [embed, element] = checkBudgets(bytes(114_000, 40_000));
		expect(budgetMeasured(embed)).toBe('114.0 KB, 64.0 KB over');
		expect(describeBudget(embed)).toBe(
			'size budget: Embed page JS+CSS, gzip, without the dataset: 114.0 KB, 64.0 KB over (limit 50.0 KB, CI ceiling 80.0 KB)'
		);
		expect(describeBudget(element)).toBe(
			'size budget: Web component: /causeway.js with the modules and stylesheet it loads, gzip: 40.0 KB, 15.0 KB under (limit 55.0 KB)'
		);
	});

	it('does not count a file it could not measure, and says why', () => {
		const b = bytes(40_000, null);
		b.causeway = bytesResult(40_000, { status: 404 });
		const [embed, element] = checkBudgets(b);
		expect(embed).toMatchObject({ gzipBytes: null, pass: null, note: '/embed: HTTP 404' });
		expect(element.note).toBe('element-bytes: HTTP not fetched');
		expect(describeBudget(embed)).toBe(
			'size budget: Embed page JS+CSS, gzip, without the dataset: not measured (/embed: HTTP 404) (limit 50.0 KB, CI ceiling 80.0 KB)'
		);
		expect(budgetMeasured(embed)).toBe('—');
	});

	it('fails the gate only when it is on, for a file over its target or not measured', () => {
		expect(gateExitCode(checkBudgets(bytes(114_000, 133_000)), 'off')).toBe(0);
		expect(gateExitCode(checkBudgets(bytes(114_000, 40_000)), 'target')).toBe(GATE_EXIT_CODE);
		expect(gateExitCode(checkBudgets(bytes(40_000, 133_000)), 'target')).toBe(GATE_EXIT_CODE);
		expect(gateExitCode(checkBudgets(bytes(40_000, null)), 'target')).toBe(GATE_EXIT_CODE);
		expect(gateExitCode(checkBudgets(bytes(40_000, 50_000)), 'target')).toBe(0);
		expect(GATE_EXIT_CODE).toBe(4);
	});

	it('holds CI to the ceilings until the targets are met: a file can only shrink', () => {
		const [embedMax, elementMax] = BUDGETS.map((b) => b.ceilingBytes);
		// A ceiling only holds a file that is over its target.
		expect(embedMax).toBeGreaterThan(50_000);
		expect(elementMax).toBeGreaterThan(55_000);
		const ceiling = (embed: number, element: number | null) =>
			gateExitCode(checkBudgets(bytes(embed, element)), 'ceiling');
		expect(ceiling(embedMax, elementMax)).toBe(0);
		expect(ceiling(embedMax + 1, 40_000)).toBe(GATE_EXIT_CODE);
		expect(ceiling(40_000, elementMax + 1)).toBe(GATE_EXIT_CODE);
		expect(ceiling(40_000, null)).toBe(GATE_EXIT_CODE);
		// Over the target and under the ceiling: the report says missed, CI still passes.
		const [embed] = checkBudgets(bytes(embedMax - 1000, 40_000));
		expect([embed.pass, embed.underCeiling]).toEqual([false, true]);
	});
});
