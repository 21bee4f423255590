/** For tests: a dataset from its raw JSON form, validated like a file (throws on problems). */
import { validateDataset } from './validate.ts';
import type { Dataset } from './types.ts';

export function datasetOf(raw: object): Dataset {
	const { dataset, problems } = validateDataset(raw, 'test.json');
	if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
	return dataset;
}
