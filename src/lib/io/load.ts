/**
 * The one dataset loader for `src=`: fetch (fetch.ts) and, alongside the download, the validator
 * (remote.ts, imported only when a page asks for another dataset), then parse and validate with
 * the same rules as the build.
 */
import { fetchDatasetBytes } from './fetch.ts';
import type { LoadResult } from './remote.ts';

export type LoadOptions = Parameters<typeof fetchDatasetBytes>[1];

export async function loadDataset(src: string, opts: LoadOptions): Promise<LoadResult> {
	const [fetched, { parseDataset }] = await Promise.all([
		fetchDatasetBytes(src, opts),
		import('./remote.ts')
	]);
	return fetched.ok ? parseDataset(fetched.bytes, fetched.url) : fetched;
}
