/** Browser code: a file saved by the browser from a Blob URL and an `<a download>` click. */

/** Offers `blob` for download as `name`; the URL is revoked once the download has started. */
export function download(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
