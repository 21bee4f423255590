/** Which links a dataset may carry: http, https and mailto only (no javascript:, data:, file:). */
export const URL_PATTERN = /^(https?:\/\/|mailto:)/i;

/** Only http(s) and mailto links that also parse as URLs are allowed. */
export function isSafeUrl(value: string): boolean {
	if (!URL_PATTERN.test(value)) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
	} catch {
		return false;
	}
}

/**
 * Where a link really goes, for showing beside its title: the host as the browser will reach it
 * (a non-ASCII host in punycode, so a look-alike shows as `xn--…`), with any user name before an
 * `@` kept in sight (`trusted@evil.example`); a mailto's address. Null for what is not a link.
 */
export function linkHost(value: string): string | null {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return null;
	}
	if (url.protocol === 'mailto:') return decodeURIComponent(url.pathname) || null;
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	const user = url.username
		? `${decodeURIComponent(url.username)}${url.password ? ':…' : ''}@`
		: '';
	return `${user}${url.host}`;
}
