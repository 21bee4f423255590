/** A host page server on another origin (127.0.0.1 on its own port), for embedding tests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator } from '@playwright/test';

export interface HostServer {
	origin: string;
	/** Serves `html` at `path` from now on. */
	page(path: string, html: string): string;
	close(): Promise<void>;
}

async function startHost(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server: Server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		const html = pages.get(path);
		if (html === undefined) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		page(path, html) {
			pages.set(path, html);
			return `${origin}${path}`;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/**
 * The host server of the calling test file: started before its tests, closed after them. Its
 * origin and pages are read once the tests run.
 */
export function useHost(): Pick<HostServer, 'origin' | 'page'> {
	let server: HostServer | undefined;
	test.beforeAll(async () => {
		server = await startHost();
	});
	test.afterAll(async () => {
		await server?.close();
	});
	const started = () => {
		if (!server) throw new Error('the host server starts before the tests run');
		return server;
	};
	return {
		get origin() {
			return started().origin;
		},
		page: (path, html) => started().page(path, html)
	};
}

export const hostPage = (body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;font-family:sans-serif"><h1>A publisher's article</h1>${body}<p>After the timeline.</p></body></html>`;

/** Auto-height holds: the iframe is as tall as its content, so it has no scrollbar of its own. */
export async function expectNoInnerScroll(frame: FrameLocator) {
	await expect
		.poll(async () =>
			frame
				.locator('html')
				.evaluate((html) => html.scrollHeight - (html.ownerDocument.defaultView?.innerHeight ?? 0))
		)
		.toBeLessThanOrEqual(1);
}
