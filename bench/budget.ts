/**
 * The size budget (issue 16): the embed page's JS + CSS and the web component `/causeway.js`,
 * gzip level 9, against fixed limits. Deterministic (bytes, not timings), so CI can gate on it.
 * Each file has a target (`limitBytes`) and a ceiling (`ceilingBytes`): the most CI lets through
 * until the file meets its target, so that it can only shrink. `--size-gate` exits with
 * GATE_EXIT_CODE when a file is over its target, `--size-ceiling` when it is over its ceiling.
 * Pure.
 */
import { dash, fmtKB } from './format.ts';
import type { BenchResults, BytesResult } from './types.ts';

export const GATE_EXIT_CODE = 4;

export interface Budget {
	id: 'embed-bytes' | 'element-bytes';
	label: string;
	limitBytes: number;
	/**
	 * CI's ceiling until the target is met: the size when it was last lowered, plus 1 KB for
	 * small changes. Lower it when the file shrinks; raising it needs a reason in the commit.
	 */
	ceilingBytes: number;
	bytes: (b: BenchResults['bytes']) => BytesResult | null;
}

export const BUDGETS: readonly Budget[] = [
	{
		id: 'embed-bytes',
		label: 'Embed page JS+CSS, gzip, without the dataset',
		limitBytes: 50_000,
		ceilingBytes: 80_000,
		bytes: (b) => b.causeway
	},
	{
		id: 'element-bytes',
		label: 'Web component: /causeway.js with the modules and stylesheet it loads, gzip',
		limitBytes: 55_000,
		ceilingBytes: 80_000,
		bytes: (b) => b.element
	}
];

export interface BudgetCheck {
	id: Budget['id'];
	label: string;
	limitBytes: number;
	ceilingBytes: number;
	/** null when the file could not be measured (missing, or a stand-in page). */
	gzipBytes: number | null;
	/** true: within the target; false: over; null: not measured. */
	pass: boolean | null;
	/** true: within CI's ceiling; false: over; null: not measured. */
	underCeiling: boolean | null;
	/** Why it was not measured. */
	note: string | null;
}

export function checkBudgets(bytes: BenchResults['bytes']): BudgetCheck[] {
	return BUDGETS.map((budget) => {
		const b = budget.bytes(bytes);
		const ok = b !== null && b.status === 200 && !b.note && b.totalGzip > 0;
		return {
			id: budget.id,
			label: budget.label,
			limitBytes: budget.limitBytes,
			ceilingBytes: budget.ceilingBytes,
			gzipBytes: ok ? b.totalGzip : null,
			pass: ok ? b.totalGzip <= budget.limitBytes : null,
			underCeiling: ok ? b.totalGzip <= budget.ceilingBytes : null,
			note: ok ? null : (b?.note ?? `${b?.url ?? budget.id}: HTTP ${b?.status ?? 'not fetched'}`)
		};
	});
}

/** `87.9 KB, 37.9 KB over` (or `… under`); `—` when not measured. */
export function budgetMeasured(c: BudgetCheck): string {
	if (c.gzipBytes === null) return dash;
	const diff = c.gzipBytes - c.limitBytes;
	return `${fmtKB(c.gzipBytes)}, ${diff > 0 ? `${fmtKB(diff)} over` : `${fmtKB(-diff)} under`}`;
}

/** One log line: `size budget: <label>: 81.8 KB, 31.8 KB over (limit 50.0 KB, CI ceiling 83.0 KB)`. */
export function describeBudget(c: BudgetCheck): string {
	const what = c.gzipBytes === null ? `not measured (${c.note})` : budgetMeasured(c);
	const ceiling = c.pass === true ? '' : `, CI ceiling ${fmtKB(c.ceilingBytes)}`;
	return `size budget: ${c.label}: ${what} (limit ${fmtKB(c.limitBytes)}${ceiling})`;
}

/** Which bound the size gate holds files to: none, their targets, or CI's ceilings. */
export type SizeGate = 'off' | 'target' | 'ceiling';

/**
 * The exit code the size gate asks for: GATE_EXIT_CODE when a file is over the bound `gate`
 * holds it to, or could not be measured (a gate that cannot see the file must not pass), else 0.
 */
export function gateExitCode(checks: readonly BudgetCheck[], gate: SizeGate): number {
	if (gate === 'off') return 0;
	const within = (c: BudgetCheck) => (gate === 'target' ? c.pass : c.underCeiling);
	return checks.some((c) => within(c) !== true) ? GATE_EXIT_CODE : 0;
}
