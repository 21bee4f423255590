import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { markCurveFactoriesPure } from './vite-pure-d3-curves.ts';

const file = createRequire(import.meta.url).resolve('d3-shape');
const source = readFileSync(file, 'utf8');

describe('markCurveFactoriesPure', () => {
	it("marks each of the installed d3-shape's curve factories pure, and nothing else", () => {
		const marked = markCurveFactoriesPure(source, file)!;
		const factories = source.split('= (function custom(').length - 1;
		// bundle, cardinal (plain, closed, open), catmullRom (plain, closed, open).
		expect(factories).toBeGreaterThanOrEqual(7);
		expect(marked.split('= /* @__PURE__ */ (function custom(').length - 1).toBe(factories);
		expect(marked.replaceAll('/* @__PURE__ */ ', '')).toBe(source);
	});

	it('leaves every other module alone', () => {
		expect(markCurveFactoriesPure(source, '/app/src/lib/layout/symbols.ts')).toBeNull();
		expect(markCurveFactoriesPure('const a = 1;', file)).toBeNull();
	});
});
