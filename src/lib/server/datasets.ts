/**
 * The datasets shipped in `data/`, validated at build time. The build's own validation plugin
 * has already failed on any error; this is the same check, where the pages get their data.
 */
import { formatProblem, validateDataset } from '$lib/model/validate';
import type { Dataset } from '$lib/model/types';
import { emptyDataset } from '$lib/model/lookup';

const files = import.meta.glob<unknown>('/data/*.json', { eager: true, import: 'default' });

export const DEFAULT_DATASET = 'azm-e-istehkam';

function load(): Map<string, Dataset> {
	const datasets = new Map<string, Dataset>();
	for (const [path, raw] of Object.entries(files)) {
		const file = path.replace(/^\//, '');
		const { dataset, problems } = validateDataset(raw, file);
		if (!dataset) {
			throw new Error(problems.map((p) => formatProblem(file, p, raw)).join('\n'));
		}
		datasets.set(dataset.id, dataset);
	}
	return datasets;
}

let cache: Map<string, Dataset> | undefined;

export function getDataset(id = DEFAULT_DATASET): Dataset {
	cache ??= load();
	const dataset = cache.get(id);
	if (!dataset) throw new Error(`no dataset with id "${id}" in data/`);
	return dataset;
}

/** What a page for another dataset's address holds until that dataset loads: nothing. */
export const REMOTE_PLACEHOLDER: Dataset = emptyDataset('remote');
