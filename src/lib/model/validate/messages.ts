/**
 * What a validation problem is and how it reads: the problem type, the path as a reader searches
 * for it (`events[12] (id "besham-attack").date`), valibot's issues turned into sentences, the
 * report's order and the one-line summary of a valid dataset.
 */
import type * as v from 'valibot';
import type { Dataset } from '../types.ts';

export type PathItem = string | number;

export interface Problem {
	level: 'error' | 'warning';
	path: PathItem[];
	/** Reads after the path: `"2024-02-30" is not a real date: February 2024 has 29 days`. */
	message: string;
}

export interface ValidationResult {
	/** Present when there is no error (warnings allowed). */
	dataset?: Dataset;
	problems: Problem[];
}

export const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** `events[12] (id "besham-attack").sources[0].url`, naming the item a reader can search for. */
export function formatPath(path: readonly PathItem[], raw: unknown): string {
	if (path.length === 0) return '(dataset)';
	let text = '';
	let node: unknown = raw;
	path.forEach((key, i) => {
		text += typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`;
		node =
			isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
		if (i === 1 && typeof key === 'number' && isRecord(node)) {
			if (typeof node.id === 'string') text += ` (id ${JSON.stringify(node.id)})`;
			else if (typeof node.from === 'string' && typeof node.to === 'string') {
				text += ` (from ${JSON.stringify(node.from)} to ${JSON.stringify(node.to)})`;
			}
		}
	});
	return text;
}

export function formatProblem(file: string, problem: Problem, raw: unknown): string {
	const tag = problem.level === 'warning' ? 'warning: ' : '';
	return `${file}: ${tag}${formatPath(problem.path, raw)}: ${problem.message}`;
}

/** The schema's issues as problems: "is required", or the schema's message with what it got. */
export function schemaProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		const path = (issue.path ?? []).map((p) => p.key as PathItem);
		let message = issue.message;
		if (issue.kind === 'schema' && issue.received === 'undefined') message = 'is required';
		else if (issue.kind === 'schema' && issue.type !== 'picklist') {
			// valibot's own wording ("Invalid type: Expected Object but received null") says the
			// value already; ours says what is wanted, and the value received follows once.
			if (message.startsWith('Invalid type:')) message = `should be ${article(issue.expected)}`;
			message = `${message}, got ${issue.received}`;
		}
		problems.push({ level: 'error', path, message });
	}
	return problems;
}

/** "Object" → "an object", "string" → "a string": how valibot names a type, in a sentence. */
function article(expected: string | null): string {
	const t = (expected ?? 'value').toLowerCase();
	return `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`;
}

/** The one problem of a file whose top level is not an object: what it should be and what it is. */
export function notAnObject(input: unknown): Problem {
	const got = Array.isArray(input)
		? 'an array'
		: input === null
			? 'null'
			: `${article(typeof input)} (${JSON.stringify(input)?.slice(0, 40)})`;
	return {
		level: 'error',
		path: [],
		message: `expected a JSON object with an "events" array, got ${got}`
	};
}

const COLLECTIONS = ['actors', 'events', 'links', 'periods'];

/** Top-level fields first, then actors, events, links, periods, each by index; stable otherwise. */
export function inDatasetOrder(problems: Problem[]): Problem[] {
	const rank = (p: Problem) => {
		const c = COLLECTIONS.indexOf(String(p.path[0]));
		const i = typeof p.path[1] === 'number' ? p.path[1] : -1;
		return [c + 1, i];
	};
	return problems
		.map((p, n) => ({ p, n, r: rank(p) }))
		.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.n - b.n)
		.map(({ p }) => p);
}

/** A one-line summary for a valid dataset. */
export function summarise(dataset: Dataset, problems: readonly Problem[]): string {
	const warnings = problems.filter((p) => p.level === 'warning').length;
	const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	const stories = dataset.stories.length
		? `${n(dataset.stories.length, 'story').replace('storys', 'stories')}, `
		: '';
	return `${n(dataset.events.length, 'event')}, ${n(dataset.actors.length, 'actor')}, ${n(dataset.links.length, 'link')}, ${n(dataset.periods.length, 'period')}, ${stories}${n(warnings, 'warning')}`;
}
