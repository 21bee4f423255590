/**
 * Entry of the embed page's one script (/_causeway/embed.js, built with the web component by
 * vite.element.config.ts): it takes over the prerendered view in #causeway-embed. The site's own
 * dataset comes checked at build time (/embed/<id>.json); another dataset's address (`src=`) is
 * read by the shell, as everywhere. Until then, and without scripts, the prerendered view stays.
 */
import { mount } from 'svelte';
// The design tokens and page rules: the embed page's one stylesheet holds them too.
import '../../../app.css';
import { emptyDataset } from '$lib/model/lookup';
import type { Dataset } from '$lib/model/types';
import EmbedView from './EmbedView.svelte';

async function start(root: HTMLElement) {
	const own = root.dataset.dataset;
	let dataset: Dataset = emptyDataset('remote');
	if (own) {
		const response = await fetch(own);
		if (!response.ok) throw new Error(`${own}: HTTP ${response.status}`);
		dataset = (await response.json()) as Dataset;
	}
	root.replaceChildren();
	mount(EmbedView, { target: root, props: { data: { dataset, remote: !own } } });
}

const root = document.getElementById('causeway-embed');
if (root) {
	start(root).catch((error: unknown) => {
		// The prerendered view stays: readable, with working links.
		console.error('Causeway: the timeline stays as prerendered:', error);
	});
}
