import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDataset } from '../src/lib/io/remote.ts';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) =>
	spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...files], { encoding: 'utf8' });

// Each case starts the CLI in a new process (tsx compiles it first): seconds, not milliseconds.
describe('npm run validate', { timeout: 60_000 }, () => {
	it('exits 1 and lists every problem of an invalid file, one per line', () => {
		const r = run('scripts/fixtures/invalid-dataset.json');
		expect(r.status).toBe(1);
		const lines = r.stderr.trim().split('\n');
		expect(lines).toContain(
			'scripts/fixtures/invalid-dataset.json: events[0] (id "besham-attack").date: "2024-02-30" is not a real date: February 2024 has 29 days'
		);
		expect(lines.filter((l) => !l.includes(': warning: ')).length).toBe(17);
		expect(lines.at(-1)).toBe('scripts/fixtures/invalid-dataset.json: invalid: 16 errors');
	});

	it('exits 0 with a one-line summary for every shipped dataset', () => {
		const files = readdirSync('data')
			.filter((f) => f.endsWith('.json'))
			.map((f) => `data/${f}`);
		expect(files.length).toBeGreaterThan(0);
		const r = run(...files);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		for (const f of files) {
			expect(r.stdout).toMatch(
				new RegExp(
					`^${f}: valid: \\d+ events, \\d+ actors, \\d+ links, \\d+ periods, (\\d+ stor(y|ies), )?0 warnings$`,
					'm'
				)
			);
		}
	});

	it('names a file that is not JSON', () => {
		const r = run('README.md');
		expect(r.status).toBe(1);
		expect(r.stderr.split('\n')[0]).toBe('README.md: line 1, column 1: this is not JSON');
	});

	it('explains its usage without arguments', () => {
		const r = run();
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/usage: npm run validate -- <dataset\.json>/);
	});

	it('gives the same messages as the browser for the same bytes', () => {
		const enc = (t: string) => new TextEncoder().encode(t);
		const files: Record<string, Uint8Array> = {
			'empty.json': enc(''),
			'page.json': enc('<!doctype html><title>Not found</title>'),
			'comment.json': enc('{\n  // a note\n  "events": []\n}'),
			'twice.json': enc('{"events": [], "events": [{"id": "a", "title": "A", "date": "2024"}]}'),
			'latin1.json': new Uint8Array([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
			'array.json': enc('[{"id": "a"}]'),
			'bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{"events": [{"id": "a", "date": 5}]}')])
		};
		const dir = mkdtempSync(join(tmpdir(), 'causeway-'));
		for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
		const root = resolve('.');
		const r = spawnSync(
			join(root, 'node_modules/.bin/tsx'),
			[join(root, 'scripts/validate.ts'), ...Object.keys(files)],
			{ encoding: 'utf8', cwd: dir }
		);
		const cli = r.stderr.trim().split('\n');
		for (const [name, bytes] of Object.entries(files)) {
			const browser = parseDataset(bytes, `https://data.example.org/sets/${name}`);
			expect(browser.ok, name).toBe(false);
			const lines = !browser.ok && 'problems' in browser.error ? browser.error.problems : [];
			expect(lines.length, name).toBeGreaterThan(0);
			const fromCli = cli.filter(
				(l) => l.startsWith(`${name}: `) && !/: invalid: \d+ errors?$/.test(l)
			);
			expect(fromCli, name).toEqual(lines);
		}
	});
});
