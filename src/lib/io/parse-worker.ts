/**
 * Starts the worker that reads datasets (parse.worker.ts), where the page may have one: a page
 * on this site. The web component's build replaces this module with one that returns null (a
 * page on another site cannot start a worker from this one), and the reading happens in place.
 */
export function startParseWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}
