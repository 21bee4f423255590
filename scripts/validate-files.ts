/** Node-side validation of dataset files, shared by `npm run validate` and the build. */
import { readFileSync } from 'node:fs';
import { formatProblem, summarise, validateDataset } from '../src/lib/model/validate.ts';

export interface FileReport {
	file: string;
	ok: boolean;
	/** Every problem, one line each: errors and warnings, in dataset order. */
	lines: string[];
	/** The one-line summary when the dataset is valid. */
	summary?: string;
}

export function validateFile(file: string): FileReport {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		return { file, ok: false, lines: [`${file}: cannot be read: ${(e as Error).message}`] };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return { file, ok: false, lines: [`${file}: is not valid JSON: ${(e as Error).message}`] };
	}
	const { dataset, problems } = validateDataset(raw, file);
	const lines = problems.map((p) => formatProblem(file, p, raw));
	if (!dataset) return { file, ok: false, lines };
	return { file, ok: true, lines, summary: `${file}: valid: ${summarise(dataset, problems)}` };
}
