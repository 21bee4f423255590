/**
 * The canvas marks are a chunk of their own (most timelines never need them): loaded once, when
 * a chart first needs them, or ahead, while a dataset from another address (`src=`, often large)
 * downloads, so that they arrive with the data rather than a request after it.
 */
import { loadOnce } from '$lib/model/memo';

export const loadCanvas = loadOnce(() => import('./CanvasMarks.svelte'));
