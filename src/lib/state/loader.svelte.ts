/**
 * The load status of one timeline's `src=` dataset: idle, loading, or done with its result (the
 * dataset, or why it could not be shown). Loading goes through the io loader (io/load.ts); a
 * newer request makes an older one's answer moot.
 */
import { loadDataset, type LoadOptions } from '$lib/io/load';
import type { LoadResult } from '$lib/io/remote';
import type { Dataset } from '$lib/model/types';

export type LoadStatus =
	| { phase: 'idle' }
	| {
			phase: 'loading';
			src: string;
			loaded: number;
			total: number | null;
			/** The file is downloaded and being checked (in a worker, where the page has one). */
			checking: boolean;
	  }
	| { phase: 'done'; src: string; result: LoadResult };

export class DatasetLoad {
	status: LoadStatus = $state.raw({ phase: 'idle' });
	/** The failure to show, once the latest request has failed. */
	readonly failure = $derived(
		this.status.phase === 'done' && !this.status.result.ok ? this.status.result : null
	);
	#src: string | null = null;
	#abort: AbortController | null = null;

	/**
	 * Whether the dataset on screen is the one `src` names: always for the site's own (null);
	 * for another, once it has loaded. Until then pages show neither its title nor anyone else's.
	 */
	shows(src: string | null): boolean {
		const s = this.status;
		return src === null || (s.phase === 'done' && s.src === src && s.result.ok);
	}

	/**
	 * Loads `src`, unless it is the one already asked for. Resolves to the dataset when it
	 * loaded and is still the latest request, else null.
	 */
	async start(
		src: string,
		opts: LoadOptions & { prepare?: (dataset: Dataset, signal: AbortSignal) => Promise<void> }
	): Promise<Dataset | null> {
		if (src === this.#src) return null;
		this.#src = src;
		this.#abort?.abort();
		const abort = (this.#abort = new AbortController());
		this.status = { phase: 'loading', src, loaded: 0, total: null, checking: false };
		// Progress counts only while this request is the latest and still loading.
		const progress = (loaded: number, total: number | null, checking: boolean) => {
			if (this.#src === src && this.status.phase === 'loading') {
				this.status = { phase: 'loading', src, loaded, total, checking };
			}
		};
		const { prepare, ...loadOpts } = opts;
		const result = await loadDataset(src, {
			...loadOpts,
			signal: abort.signal,
			onProgress: (loaded, total) => progress(loaded, total, false),
			onChecking: (bytes) => progress(bytes, bytes, true)
		});
		if (this.#src !== src) return null;
		// Still "checking" while a large dataset's lookups are worked out, a task at a time.
		if (result.ok && prepare) await prepare(result.dataset, abort.signal);
		if (this.#src !== src) return null;
		this.status = { phase: 'done', src, result };
		return result.ok ? result.dataset : null;
	}

	/** Stops the download in progress (the reader's Cancel). */
	cancel() {
		this.#abort?.abort();
	}
}
