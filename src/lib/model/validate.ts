/**
 * Validation and normalisation of a raw dataset: the schema first, then the rules a schema cannot
 * express (unique ids, references, date order, causes before effects), all problems at once.
 * The same function runs in `npm run validate`, in the build, and in the browser for `src=`.
 * The parts live in validate/: messages (problems and how they read), rules, normalise.
 */
import * as v from 'valibot';
import { DatasetSchema, type RawDataset } from './schema.ts';
import {
	inDatasetOrder,
	isRecord,
	notAnObject,
	schemaProblems,
	type ValidationResult
} from './validate/messages.ts';
import { normalise } from './validate/normalise.ts';
import { attributionProblems } from './validate/attributions.ts';
import { referenceProblems, unknownFields } from './validate/rules.ts';
import { storyProblems } from './validate/stories.ts';
import { tidyText } from './validate/text.ts';

export {
	formatPath,
	formatProblem,
	summarise,
	type PathItem,
	type Problem,
	type ValidationResult
} from './validate/messages.ts';

/**
 * Validates a parsed JSON file, once its ids and names are tidied (validate/text.ts). `fileName` supplies the default id and title, as the contract
 * says, when the dataset has none.
 */
export function validateDataset(file: unknown, fileName = 'dataset.json'): ValidationResult {
	if (!isRecord(file)) return { problems: [notAnObject(file)] };
	const input = tidyText(file);
	const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
	const problems = parsed.success ? [] : schemaProblems(parsed.issues);
	if (isRecord(input) && Array.isArray(input.events)) {
		// The rules across objects run on whatever parses, so every problem is reported at once.
		const raw = input as RawDataset;
		problems.push(
			...unknownFields(raw),
			...referenceProblems(raw),
			...attributionProblems(raw),
			...storyProblems(raw)
		);
	}
	const sorted = inDatasetOrder(problems);
	if (!parsed.success || sorted.some((p) => p.level === 'error')) return { problems: sorted };
	return { dataset: normalise(parsed.output, fileName), problems: sorted };
}
