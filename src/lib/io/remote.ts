/**
 * Reading a fetched dataset (see load.ts): parse and validate with the same rules as the build,
 * every failure with a message a reader can act on. Holds the validator, so pages import it
 * only when they load another dataset.
 */
import type { LoadFailure } from './fetch.ts';
import type { Dataset } from '../model/types.ts';
import { readDatasetBytes } from '../model/read-dataset.ts';

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

/** Decodes, parses and validates fetched bytes; `url` names the file in messages. */
export function parseDataset(bytes: Uint8Array, url: string): LoadResult {
	const file = fileNameOf(url);
	const read = readDatasetBytes(bytes, file);
	if (read.kind === 'not-json') {
		return {
			ok: false,
			url,
			error: {
				kind: 'not-json',
				message: `The file at ${url} is not a JSON dataset.`,
				problems: read.lines
			}
		};
	}
	if (read.kind === 'invalid') {
		return {
			ok: false,
			url,
			error: {
				kind: 'invalid',
				message: `The dataset at ${url} does not follow the Causeway format: ${read.errors} problem${read.errors === 1 ? '' : 's'}.`,
				problems: read.lines
			}
		};
	}
	return { ok: true, dataset: read.dataset, url, warnings: read.lines };
}
