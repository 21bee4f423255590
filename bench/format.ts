/** How the benchmark writes numbers, in RESULTS.md, its targets and the log. */
import type { Bounded } from './stats.ts';
import type { Ratio } from './types.ts';

export const dash = '—';

/** 12.3 ms · 412 ms · 44.9 s */
export function formatDuration(ms: number): string {
	if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
	if (ms >= 100) return `${Math.round(ms)} ms`;
	return `${Math.round(ms * 10) / 10} ms`;
}

/** A duration, or a lower bound ("> 90.0 s") for a run stopped at its cap. */
export const fmtMs = (x: Bounded | number | null | undefined) =>
	x === null || x === undefined
		? dash
		: typeof x === 'number'
			? formatDuration(x)
			: `${x.atLeast ? '> ' : ''}${formatDuration(x.value)}`;

/** 0.05× · < 0.05× (vis-timeline was stopped at its cap) · > 2× (Causeway was). */
export const fmtRatio = (r: Ratio | null) =>
	r ? `${r.kind === 'atMost' ? '< ' : r.kind === 'atLeast' ? '> ' : ''}${r.value}×` : dash;

/** 1 KB = 1000 bytes. */
export const fmtKB = (bytes: number | null | undefined) =>
	bytes === null || bytes === undefined ? dash : `${(bytes / 1000).toFixed(1)} KB`;

export const fmtMB = (x: number | null | undefined) =>
	x === null || x === undefined ? dash : `${x} MB`;
