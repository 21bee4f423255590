/**
 * The rules for stories that a schema cannot express: unique story ids, and steps that name
 * events and links the dataset has, and at least one of either.
 */
import type { RawDataset } from '../schema.ts';
import { isRecord, type PathItem, type Problem } from './messages.ts';

const str = (x: unknown): x is string => typeof x === 'string';
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

export function storyProblems(raw: RawDataset): Problem[] {
	const problems: Problem[] = [];
	if (list(raw.stories).length === 0) return problems;
	const error = (path: PathItem[], message: string) =>
		problems.push({ level: 'error', path, message });
	const events = new Set(raw.events.flatMap((e) => (isRecord(e) && str(e.id) ? [e.id] : [])));
	const links = new Set(
		list(raw.links).flatMap((l) =>
			isRecord(l) && str(l.from) && str(l.to) ? [`${l.from}\u0000${l.to}`] : []
		)
	);
	const first = new Map<string, number>();
	list(raw.stories).forEach((story, i) => {
		if (!isRecord(story)) return;
		if (str(story.id)) {
			const earlier = first.get(story.id);
			if (earlier === undefined) first.set(story.id, i);
			else
				error(
					['stories', i, 'id'],
					`${JSON.stringify(story.id)} is already used by stories[${earlier}]`
				);
		}
		list(story.steps).forEach((step, j) => {
			if (!isRecord(step)) return;
			const path = ['stories', i, 'steps', j];
			const ids = list(step.events);
			const ends = list(step.links);
			ids.forEach((id, k) => {
				if (str(id) && !events.has(id)) {
					error([...path, 'events', k], `${JSON.stringify(id)} is not the id of any event`);
				}
			});
			ends.forEach((l, k) => {
				if (!isRecord(l) || !str(l.from) || !str(l.to)) return;
				if (!links.has(`${l.from}\u0000${l.to}`)) {
					error(
						[...path, 'links', k],
						`no link from ${JSON.stringify(l.from)} to ${JSON.stringify(l.to)} in "links"`
					);
				}
			});
			if (ids.length === 0 && ends.length === 0) {
				error(path, 'is empty: a step names at least one event or link');
			}
		});
	});
	return problems;
}
