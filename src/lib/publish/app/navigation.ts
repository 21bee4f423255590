/**
 * `$app/navigation`'s shallow routing for pages the library build boots without the SvelteKit
 * router: a new or replaced history entry with the given address.
 */
export function pushState(url: string, state: Record<string, unknown>): void {
	history.pushState(state, '', url);
}

export function replaceState(url: string, state: Record<string, unknown>): void {
	history.replaceState(state, '', url);
}
