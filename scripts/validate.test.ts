import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
		expect(r.stderr).toMatch(/^README\.md: is not valid JSON: /);
	});

	it('explains its usage without arguments', () => {
		const r = run();
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/usage: npm run validate -- <dataset\.json>/);
	});
});
