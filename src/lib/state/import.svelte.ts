/**
 * One `/import` session: the files a user brought, the format they are read as, what came of
 * it (the dataset, its problems) and what they take away (the JSON file, an embed snippet for
 * wherever they host it). Nothing leaves the browser: files are read here, in memory.
 */
import { readDatasetFiles, type FilesRead, type ReadFormat } from '$lib/io/read-files';
import type { ImportInput } from '$lib/io/import/types';
import { hostedSnippet } from '$lib/publish/snippet';

/** A file as the page gets it (a File, or anything with a name and its bytes). */
export interface BroughtFile {
	name: string;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** The events file first: a links or actors file of the template is named so, or comes later. */
const EXTRA = /(^|[^a-z])(links?|actors?)([^a-z]|$)/i;
export const eventsFirst = <T extends { name: string }>(files: readonly T[]): T[] =>
	[...files].sort((a, b) => Number(EXTRA.test(a.name)) - Number(EXTRA.test(b.name)));

export class ImportSession {
	files: ImportInput[] = $state.raw([]);
	format: ReadFormat | 'auto' = $state('auto');
	reading = $state(false);
	result: FilesRead | null = $state.raw(null);
	/** Where the user will put the JSON file, for the embed snippet. */
	hostUrl = $state('');

	readonly errors = $derived(this.result?.problems.filter((p) => p.level === 'error') ?? []);
	readonly warnings = $derived(this.result?.problems.filter((p) => p.level === 'warning') ?? []);
	readonly dataset = $derived(this.result?.dataset ?? null);
	/** The Causeway JSON file to download. */
	readonly json = $derived(
		this.result?.raw ? `${JSON.stringify(this.result.raw, null, '\t')}\n` : null
	);
	readonly fileName = $derived(`${this.dataset?.id ?? 'dataset'}.json`);

	constructor(readonly origin: string) {}

	/** Reads `files` (replacing the last ones) as the chosen format. */
	async bring(files: readonly BroughtFile[]) {
		if (files.length === 0) return;
		this.reading = true;
		try {
			this.files = await Promise.all(
				eventsFirst(files).map(async (f) => ({
					name: f.name,
					bytes: new Uint8Array(await f.arrayBuffer())
				}))
			);
			this.read();
		} finally {
			this.reading = false;
		}
	}

	/** Reads the files again, e.g. after the format was chosen. */
	read() {
		const format = this.format === 'auto' ? undefined : this.format;
		this.result = this.files.length ? readDatasetFiles(this.files, { format }) : null;
	}

	/** The embed code for the file at `hostUrl`, once that is an http(s) address. */
	readonly snippet = $derived.by(() =>
		this.dataset
			? hostedSnippet(this.origin, this.hostUrl, `Timeline: ${this.dataset.title}`)
			: null
	);
}
