import { describe, expect, it } from 'vitest';
import { checkSource } from './remote.ts';
import { loadDataset } from './load.ts';

const page = 'https://causeway.example/embed?src=x';
const valid = { title: 'Tiny', events: [{ id: 'a', title: 'A', date: '2024-06-08' }] };
const respond =
	(body: string, init: ResponseInit = {}) =>
	async () =>
		new Response(body, { status: 200, ...init });

describe('checkSource', () => {
	it('allows the page origin and relative paths', () => {
		const r = checkSource('/data/x.json', page, []);
		expect(r.ok && r.url.href).toBe('https://causeway.example/data/x.json');
	});

	it('refuses other origins unless configured', () => {
		const refused = checkSource('https://evil.example/x.json', page, []);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.message).toContain('https://evil.example are not allowed');
		expect(checkSource('https://data.example/x.json', page, ['https://data.example']).ok).toBe(
			true
		);
		// Exact origins only: a look-alike suffix is not the same origin.
		expect(checkSource('https://evildata.example/x.json', page, ['https://data.example']).ok).toBe(
			false
		);
		expect(checkSource('https://any.example/x.json', page, ['*']).ok).toBe(true);
	});

	it('refuses non-http schemes', () => {
		for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
			expect(checkSource(src, page, ['*']).ok, src).toBe(false);
		}
	});
});

describe('loadDataset', () => {
	const opts = { pageUrl: page, allowed: [] as string[] };

	it('loads and validates a dataset', async () => {
		const r = await loadDataset('/tiny.json', { ...opts, fetch: respond(JSON.stringify(valid)) });
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.dataset.title).toBe('Tiny');
			expect(r.dataset.id).toBe('tiny');
			expect(r.url).toBe('https://causeway.example/tiny.json');
		}
	});

	it('loads a spreadsheet published as CSV, whatever its address ends with', async () => {
		const csv = 'id,title,date,actors\na,A,2024-06-08,Army\nb,B,2024-07,Army\n';
		const r = await loadDataset('/sheet/pub?output=csv', { ...opts, fetch: respond(csv) });
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
		const bad = await loadDataset('/sheet.csv', {
			...opts,
			fetch: respond('id,title,date\na,A,2024-99\n')
		});
		expect(!bad.ok && bad.error.kind).toBe('invalid');
		if (!bad.ok && bad.error.kind === 'invalid') {
			expect(bad.error.problems[0]).toMatch(/^sheet\.csv: row 2, column "date": /);
		}
	});

	it('reports a network error', async () => {
		const r = await loadDataset('/x.json', {
			...opts,
			fetch: async () => {
				throw new TypeError('Failed to fetch');
			}
		});
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.kind).toBe('network');
			expect(r.error.message).toMatch(/could not be reached/);
		}
	});

	it('reports an HTTP error status', async () => {
		const r = await loadDataset('/x.json', {
			...opts,
			fetch: respond('nope', { status: 404, statusText: 'Not Found' })
		});
		expect(!r.ok && r.error).toMatchObject({
			kind: 'http',
			message: expect.stringContaining('404')
		});
	});

	it('reports a file that is not JSON', async () => {
		const r = await loadDataset('/x.json', { ...opts, fetch: respond('<html>') });
		expect(!r.ok && r.error.kind).toBe('not-json');
	});

	it('refuses a file over the size limit, declared or streamed', async () => {
		const big = JSON.stringify({ ...valid, padding: 'x'.repeat(2000) });
		const streamed = await loadDataset('/x.json', { ...opts, maxBytes: 1000, fetch: respond(big) });
		expect(!streamed.ok && streamed.error.kind).toBe('too-large');
		const declared = await loadDataset('/x.json', {
			...opts,
			maxBytes: 1000,
			fetch: respond('{}', { headers: { 'content-length': '5000000' } })
		});
		expect(!declared.ok && declared.error.kind).toBe('too-large');
	});

	it('lists every validation problem of an invalid dataset', async () => {
		const bad = {
			events: [
				{ id: 'a', title: 'A', date: '2024-02-30' },
				{ id: 'b', date: '2024' }
			]
		};
		const r = await loadDataset('/bad.json', { ...opts, fetch: respond(JSON.stringify(bad)) });
		expect(r.ok).toBe(false);
		if (!r.ok && r.error.kind === 'invalid') {
			expect(r.error.problems).toEqual([
				'bad.json: events[0] (id "a").date: "2024-02-30" is not a real date: February 2024 has 29 days',
				'bad.json: events[1] (id "b").title: is required'
			]);
		} else throw new Error('expected an invalid-dataset failure');
	});

	it('refuses a disallowed origin before fetching', async () => {
		let fetched = false;
		const r = await loadDataset('https://evil.example/x.json', {
			...opts,
			fetch: async () => {
				fetched = true;
				return new Response('{}');
			}
		});
		expect(fetched).toBe(false);
		expect(!r.ok && r.error.kind).toBe('origin');
	});
});

describe('progress and cancel', () => {
	const opts = { pageUrl: page, allowed: [] as string[] };
	it('reports the bytes read against the declared size, chunk by chunk', async () => {
		const text = JSON.stringify(valid);
		const bytes = new TextEncoder().encode(text);
		const half = Math.floor(bytes.length / 2);
		const body = new ReadableStream<Uint8Array>({
			start(c) {
				c.enqueue(bytes.subarray(0, half));
				c.enqueue(bytes.subarray(half));
				c.close();
			}
		});
		const seen: [number, number | null][] = [];
		const r = await loadDataset('/x.json', {
			...opts,
			fetch: async () =>
				new Response(body, { headers: { 'content-length': String(bytes.length) } }),
			onProgress: (loaded, total) => seen.push([loaded, total])
		});
		expect(r.ok).toBe(true);
		expect(seen).toEqual([
			[half, bytes.length],
			[bytes.length, bytes.length]
		]);
	});

	it('stops when the reader cancels, and says so', async () => {
		const abort = new AbortController();
		const pending = loadDataset('/x.json', {
			...opts,
			signal: abort.signal,
			fetch: (_url, init) =>
				new Promise<Response>((_, reject) =>
					init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')))
				)
		});
		abort.abort();
		const r = await pending;
		expect(!r.ok && r.error).toEqual({ kind: 'cancelled', message: 'Loading was stopped.' });
	});
});
