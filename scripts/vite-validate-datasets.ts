/**
 * A Vite plugin that validates every `data/*.json` before a build and fails it with the same
 * messages as `npm run validate`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { validateFile } from './validate-files.ts';

export function validateDatasets(folder: string): Plugin {
	return {
		name: 'causeway:validate-datasets',
		apply: 'build',
		buildStart() {
			const files = readdirSync(folder)
				.filter((f) => f.endsWith('.json'))
				.sort()
				.map((f) => join(folder, f));
			const failures = files.map(validateFile).filter((r) => !r.ok);
			if (failures.length > 0) {
				const lines = failures.flatMap((r) => r.lines);
				this.error(`dataset validation failed:\n${lines.join('\n')}`);
			}
		}
	};
}
