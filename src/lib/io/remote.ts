/**
 * Reading a fetched dataset (see load.ts): parse and validate with the same rules as the build,
 * every failure with a message a reader can act on. Holds the validator, so pages import it
 * only when they load another dataset.
 */
import type { LoadFailure } from './fetch.ts';
import type { Dataset } from '../model/types.ts';
import type { ReadJsonOptions } from '../model/json.ts';
import { forJsonReader, readDatasetFiles } from './read-files.ts';

export { checkSource, MAX_DATASET_BYTES, type LoadFailure } from './fetch.ts';

export type LoadResult =
	| { ok: true; dataset: Dataset; url: string; warnings: string[] }
	| { ok: false; url: string; error: LoadFailure };

/** The file's name in messages: the last part of its address, as the CLI names it by its path. */
export const fileNameOf = (url: string) => {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').pop() || '') || 'dataset.json';
	} catch {
		return 'dataset.json';
	}
};

/**
 * Decodes, parses and validates fetched bytes: Causeway JSON, or a spreadsheet the importers
 * read (a sheet published as CSV); `url` names the file in messages. `checkKeys: false` only
 * where another reader checks the same bytes for repeated keys (worker-task.ts).
 */
export function parseDataset(
	bytes: Uint8Array,
	url: string,
	opts: ReadJsonOptions = {}
): LoadResult {
	const file = { name: fileNameOf(url), bytes };
	const read = readDatasetFiles([file], opts);
	const lines = read.problems.map((p) => p.text);
	if (read.dataset) return { ok: true, dataset: read.dataset, url, warnings: lines };
	if (read.format === null) {
		return {
			ok: false,
			url,
			error: {
				kind: 'not-json',
				message: forJsonReader(file)
					? `The file at ${url} is not a JSON dataset.`
					: `The file at ${url} is neither Causeway JSON nor a spreadsheet Causeway can read.`,
				problems: lines
			}
		};
	}
	const errors = read.problems.filter((p) => p.level === 'error').length;
	const what =
		read.format === 'causeway' ? 'does not follow the Causeway format' : 'cannot be read';
	return {
		ok: false,
		url,
		error: {
			kind: 'invalid',
			message: `The dataset at ${url} ${what}: ${errors} problem${errors === 1 ? '' : 's'}.`,
			problems: lines
		}
	};
}
