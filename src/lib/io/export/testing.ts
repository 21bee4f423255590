/** For the exporters' tests: the seed dataset, and views of any dataset. */
import { readFileSync } from 'node:fs';
import type { Dataset, TimelineEvent } from '../../model/types.ts';
import { validateDataset } from '../../model/validate.ts';
import type { ExportView } from './view.ts';

export const SEED_FILE = 'data/azm-e-istehkam.json';

export function seedDataset(): Dataset {
	const { dataset, problems } = validateDataset(
		JSON.parse(readFileSync(SEED_FILE, 'utf8')),
		SEED_FILE
	);
	if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
	return dataset;
}

/** The view of the events `keep` accepts, said to be filtered by `filters`; all events without. */
export function viewOf(
	dataset: Dataset,
	keep?: (e: TimelineEvent) => boolean,
	filters?: string,
	url?: string
): ExportView {
	return {
		dataset,
		events: keep ? dataset.events.filter(keep) : dataset.events,
		...(filters === undefined ? {} : { filters }),
		...(url === undefined ? {} : { url })
	};
}
