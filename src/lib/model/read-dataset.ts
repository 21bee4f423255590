/**
 * A dataset file from its bytes to a dataset or a list of problems, one line each, named by the
 * file: the one path that `npm run validate`, the build and the browser's `src=` all take, so the
 * same file gets the same messages everywhere.
 */
import { readJsonBytes, type ReadJsonOptions } from './json.ts';
import type { Dataset } from './types.ts';
import { formatProblem, validateDataset, type Problem } from './validate.ts';

export type DatasetRead =
	| { kind: 'not-json'; lines: string[] }
	| { kind: 'invalid'; lines: string[]; errors: number; problems: Problem[]; raw: unknown }
	| { kind: 'ok'; dataset: Dataset; lines: string[]; problems: Problem[]; raw: unknown };

export function readDatasetBytes(
	bytes: Uint8Array,
	file: string,
	opts: ReadJsonOptions = {}
): DatasetRead {
	const json = readJsonBytes(bytes, opts);
	if (!json.ok) return { kind: 'not-json', lines: json.problems.map((p) => `${file}: ${p}`) };
	const { dataset, problems } = validateDataset(json.value, file);
	const lines = problems.map((p) => formatProblem(file, p, json.value));
	if (!dataset) {
		const errors = problems.filter((p) => p.level === 'error').length;
		return { kind: 'invalid', lines, errors, problems, raw: json.value };
	}
	return { kind: 'ok', dataset, lines, problems, raw: json.value };
}
