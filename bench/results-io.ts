/**
 * Where results live and how they are written: `bench/results/results.json` (every run, raw, plus
 * medians and targets) and `bench/results/RESULTS.md`; smoke runs write `results-smoke.json` and
 * `RESULTS-smoke.md` to `bench/out/` (ignored by git). Both files go through the project's
 * prettier config, so `npm run lint` stays clean.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BenchResults } from './types.ts';

/** Where full runs write their results, below the repository root. */
export const RESULTS_DIR = 'bench/results';
/** Where smoke runs write theirs (ignored by git). */
export const SMOKE_DIR = 'bench/out';

export interface ResultFiles {
	json: string;
	md: string;
}

export const resultFiles = (dir: string, smoke: boolean): ResultFiles => ({
	json: join(dir, smoke ? 'results-smoke.json' : 'results.json'),
	md: join(dir, smoke ? 'RESULTS-smoke.md' : 'RESULTS.md')
});

export const readResults = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults;

/** Writes the results and their rendering (`markdown`), creating the folder if needed. */
export async function writeResults(
	results: BenchResults,
	files: ResultFiles,
	markdown: string
): Promise<void> {
	mkdirSync(dirname(files.json), { recursive: true });
	mkdirSync(dirname(files.md), { recursive: true });
	const json = JSON.stringify(results, null, '\t') + '\n';
	writeFileSync(files.json, await formatted(files.json, json));
	writeFileSync(files.md, await formatted(files.md, markdown));
}

/** `text` formatted as prettier would format `file`; unchanged if prettier is not available. */
async function formatted(file: string, text: string): Promise<string> {
	try {
		const prettier = await import('prettier');
		const config = (await prettier.resolveConfig(file)) ?? {};
		return await prettier.format(text, { ...config, filepath: file });
	} catch {
		return text;
	}
}
