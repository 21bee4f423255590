/**
 * The embed page's app, loaded by its entry (index.ts) while the dataset downloads: it mounts the
 * view over the prerendered one in #causeway-embed. The site's own dataset comes checked at build
 * time (/embed/<id>.json); another dataset's address (`src=`) is read by the shell, as everywhere.
 */
import { mount } from 'svelte';
import type { Fetch } from '$lib/io/early-fetch';
import { emptyDataset } from '$lib/model/lookup';
import type { Dataset } from '$lib/model/types';
import EmbedView from './EmbedView.svelte';

/** Mounts the view; `fetcher` answers with the requests the entry began. */
export async function start(root: HTMLElement, fetcher: Fetch) {
	const own = root.dataset.dataset;
	let dataset: Dataset = emptyDataset('remote');
	if (own) {
		const url = new URL(own, location.href).href;
		const response = await fetcher(url);
		if (!response.ok) throw new Error(`${own}: HTTP ${response.status}`);
		dataset = (await response.json()) as Dataset;
	}
	root.replaceChildren();
	mount(EmbedView, { target: root, props: { data: { dataset, remote: !own }, fetcher } });
}
