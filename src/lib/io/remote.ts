/**
 * Reading a fetched dataset (see load.ts): parse and validate with the same rules as the build,
 * every failure with a message a reader can act on. Holds the validator, so pages import it
 * only when they load another dataset.
 */
import type { LoadFailure } from './fetch.ts';
import type { Dataset } from '../model/types.ts';
import { formatProblem, validateDataset } from '../model/validate.ts';

export { checkSource, MAX_DATASET_BYTES, type LoadFailure } from './fetch.ts';

export type LoadResult =
	| { ok: true; dataset: Dataset; url: string; warnings: string[] }
	| { ok: false; url: string; error: LoadFailure };

/** Parses and validates fetched text; `url` names the file in messages. */
export function parseDataset(text: string, url: string): LoadResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			url,
			error: {
				kind: 'not-json',
				message: `The file at ${url} is not JSON: ${(e as Error).message}`
			}
		};
	}
	const file = new URL(url).pathname.split('/').pop() || 'dataset.json';
	const { dataset, problems } = validateDataset(raw, file);
	const lines = problems.map((p) => formatProblem(file, p, raw));
	if (!dataset) {
		const errors = problems.filter((p) => p.level === 'error').length;
		return {
			ok: false,
			url,
			error: {
				kind: 'invalid',
				message: `The dataset at ${url} does not follow the Causeway format: ${errors} problem${errors === 1 ? '' : 's'}.`,
				problems: lines
			}
		};
	}
	return { ok: true, dataset, url, warnings: lines };
}
