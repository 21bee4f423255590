/**
 * `$app/paths` for the standalone web component: links point at the Causeway site that served
 * the script, so a permalink opens there rather than on the host page.
 */
const base = (() => {
	try {
		const script = document.currentScript as HTMLScriptElement | null;
		return script?.src ? new URL('.', script.src).href.replace(/\/$/, '') : location.origin;
	} catch {
		return '';
	}
})();

export function siteBase(): string {
	return base;
}

/** Fills `[param]` segments, like SvelteKit's resolve(), and makes the path absolute. */
export function resolve(route: string, params: Record<string, string> = {}): string {
	const path = route.replace(/\[(\w+)\]/g, (_, name: string) =>
		encodeURIComponent(params[name] ?? '')
	);
	return `${base}${path}`;
}
