/**
 * The canvas marks are a chunk of their own (most timelines never need them): loaded once, when
 * a chart first needs them, or ahead, while a dataset from another address (`src=`, often large)
 * downloads, so that they arrive with the data rather than a request after it.
 */
let loading: Promise<typeof import('./CanvasMarks.svelte')> | undefined;

export function loadCanvas() {
	loading ??= import('./CanvasMarks.svelte');
	loading.catch(() => (loading = undefined));
	return loading;
}
