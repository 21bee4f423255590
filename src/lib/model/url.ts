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
