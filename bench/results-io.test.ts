import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchResults } from './fixtures.ts';
import { renderMarkdown } from './report.ts';
import { readResults, resultFiles, writeResults } from './results-io.ts';
import { emptySize } from './summary.ts';
import { evaluateTargets } from './targets.ts';

describe('results files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes results.json and RESULTS.md (smoke: the -smoke names) that read back the same', async () => {
		const r = benchResults([emptySize(10_000)]);
		r.sizes[0].median.causeway.zoomP95Ms = 6.2;
		r.targets = evaluateTargets(r);
		const full = resultFiles(join(dir, 'results'), false);
		expect(full.json.endsWith('results/results.json')).toBe(true);
		expect(resultFiles(dir, true)).toEqual({
			json: join(dir, 'results-smoke.json'),
			md: join(dir, 'RESULTS-smoke.md')
		});
		await writeResults(r, full, renderMarkdown(r));
		expect(readResults(full.json)).toEqual(r);
		const md = readFileSync(full.md, 'utf8');
		expect(md).toMatch(
			/\| 10,000 events: zoom, main-thread work per frame, p95 \(Causeway\) +\| 6\.2 ms +\| ≤ 8 ms +\| ✅ pass +\|/
		);
		expect(md).toContain('[README.md](../README.md)');
	});
});
