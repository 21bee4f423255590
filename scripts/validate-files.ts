/** Node-side validation of dataset files, shared by `npm run validate` and the build. */
import { readFileSync } from 'node:fs';
import { readDatasetBytes } from '../src/lib/model/read-dataset.ts';
import { summarise } from '../src/lib/model/validate.ts';

export interface FileReport {
	file: string;
	ok: boolean;
	/** Every problem, one line each: errors and warnings, in dataset order. */
	lines: string[];
	/** The one-line summary when the dataset is valid. */
	summary?: string;
}

export function validateFile(file: string): FileReport {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		return { file, ok: false, lines: [`${file}: cannot be read: ${(e as Error).message}`] };
	}
	const read = readDatasetBytes(bytes, file);
	if (read.kind !== 'ok') return { file, ok: false, lines: read.lines };
	return {
		file,
		ok: true,
		lines: read.lines,
		summary: `${file}: valid: ${summarise(read.dataset, read.problems)}`
	};
}
