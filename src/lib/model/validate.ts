/**
 * Validation and normalisation of a raw dataset: the schema first, then the rules a schema cannot
 * express (unique ids, references, date order, causes before effects), all problems at once.
 * The same function runs in `npm run validate`, in the build, and in the browser for `src=`.
 */
import * as v from 'valibot';
import { parseEdtf } from './dates.ts';
import { findCycles } from './graph.ts';
import { DatasetSchema, KNOWN_FIELDS, type RawDataset } from './schema.ts';
import type {
	Actor,
	CausalLink,
	Dataset,
	EdtfDate,
	Period,
	Source,
	TimelineEvent
} from './types.ts';

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

const isRecord = (x: unknown): x is Record<string, unknown> =>
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

function schemaProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		const path = (issue.path ?? []).map((p) => p.key as PathItem);
		let message = issue.message;
		if (issue.kind === 'schema' && issue.received === 'undefined') message = 'is required';
		else if (issue.kind === 'schema' && !message.includes('"') && issue.type !== 'picklist') {
			message = `${message}, got ${issue.received}`;
		}
		problems.push({ level: 'error', path, message });
	}
	return problems;
}

function unknownFields(raw: RawDataset): Problem[] {
	const problems: Problem[] = [];
	const check = (obj: unknown, known: readonly string[], path: PathItem[]) => {
		if (!isRecord(obj)) return;
		for (const key of Object.keys(obj)) {
			if (!known.includes(key)) {
				problems.push({
					level: 'warning',
					path: [...path, key],
					message: 'is not a field of the dataset contract; it is kept but ignored'
				});
			}
		}
	};
	const sources = (list: unknown, path: PathItem[]) => {
		if (Array.isArray(list)) list.forEach((s, i) => check(s, KNOWN_FIELDS.source, [...path, i]));
	};
	check(raw, KNOWN_FIELDS.dataset, []);
	check(raw.basedOn, KNOWN_FIELDS.source, ['basedOn']);
	const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
	list(raw.actors).forEach((a, i) => check(a, KNOWN_FIELDS.actor, ['actors', i]));
	list(raw.events).forEach((e, i) => {
		check(e, KNOWN_FIELDS.event, ['events', i]);
		if (isRecord(e)) {
			check(e.place, KNOWN_FIELDS.place, ['events', i, 'place']);
			sources(e.sources, ['events', i, 'sources']);
		}
	});
	list(raw.links).forEach((l, i) => {
		check(l, KNOWN_FIELDS.link, ['links', i]);
		if (isRecord(l)) sources(l.sources, ['links', i, 'sources']);
	});
	list(raw.periods).forEach((p, i) => check(p, KNOWN_FIELDS.period, ['periods', i]));
	return problems;
}

function uniqueIds(items: readonly unknown[], collection: string): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	items.forEach((item, i) => {
		if (!isRecord(item) || typeof item.id !== 'string') return;
		const earlier = first.get(item.id);
		if (earlier === undefined) first.set(item.id, i);
		else {
			problems.push({
				level: 'error',
				path: [collection, i, 'id'],
				message: `${JSON.stringify(item.id)} is already used by ${collection}[${earlier}]`
			});
		}
	});
	return problems;
}

const date = (text: string): EdtfDate => {
	const r = parseEdtf(text);
	if (!r.ok) throw new Error(`unreachable: ${text} passed the schema`);
	return r.date;
};

function copySource(s: Source): Source {
	const out: Source = { title: s.title };
	if (s.url !== undefined) out.url = s.url;
	if (s.publisher !== undefined) out.publisher = s.publisher;
	if (s.date !== undefined) out.date = s.date;
	return out;
}

const slug = (name: string) =>
	name
		.replace(/\.[^.]*$/, '')
		.replace(/[^A-Za-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64) || 'dataset';

/**
 * Validates `input` (parsed JSON). `fileName` supplies the default id and title, as the contract
 * says, when the dataset has none.
 */
export function validateDataset(input: unknown, fileName = 'dataset.json'): ValidationResult {
	const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
	const problems = parsed.success ? [] : schemaProblems(parsed.issues);
	if (isRecord(input) && Array.isArray(input.events)) {
		// The rules across objects run on whatever parses, so every problem is reported at once.
		const raw = input as RawDataset;
		problems.push(...unknownFields(raw), ...referenceProblems(raw));
	}
	const sorted = inDatasetOrder(problems);
	if (!parsed.success || sorted.some((p) => p.level === 'error')) return { problems: sorted };
	return { dataset: normalise(parsed.output, fileName), problems: sorted };
}

const COLLECTIONS = ['actors', 'events', 'links', 'periods'];

/** Top-level fields first, then actors, events, links, periods, each by index; stable otherwise. */
function inDatasetOrder(problems: Problem[]): Problem[] {
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

/** Rules across objects; items whose own fields are malformed are skipped here. */
function referenceProblems(raw: RawDataset): Problem[] {
	const problems: Problem[] = [];
	const str = (x: unknown): x is string => typeof x === 'string';
	const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
	problems.push(...uniqueIds(list(raw.actors), 'actors'));
	problems.push(...uniqueIds(raw.events, 'events'));
	problems.push(...uniqueIds(list(raw.periods), 'periods'));

	const idsOf = (items: unknown[]) =>
		new Set(items.flatMap((x) => (isRecord(x) && str(x.id) ? [x.id] : [])));
	const actorIds = idsOf(list(raw.actors));
	const spans = new Map<string, { start: number; end: number }>();

	raw.events.forEach((e, i) => {
		if (!isRecord(e)) return;
		if (Array.isArray(e.actors)) {
			e.actors.forEach((a, j) => {
				if (str(a) && !actorIds.has(a)) {
					problems.push({
						level: 'error',
						path: ['events', i, 'actors', j],
						message: `${JSON.stringify(a)} is not the id of any actor in "actors"`
					});
				}
			});
		}
		const d = str(e.date) ? parseEdtf(e.date) : undefined;
		const ed = str(e.endDate) ? parseEdtf(e.endDate) : undefined;
		if (d?.ok && ed?.ok && ed.date.end <= d.date.start) {
			problems.push({
				level: 'error',
				path: ['events', i, 'endDate'],
				message: `${JSON.stringify(e.endDate)} is before the event's date ${JSON.stringify(e.date)}`
			});
		}
		if (d?.ok && str(e.id) && (ed === undefined || ed.ok)) {
			spans.set(e.id, { start: d.date.start, end: ed?.ok ? ed.date.end : d.date.end });
		}
	});

	list(raw.periods).forEach((p, i) => {
		if (!isRecord(p) || !str(p.date) || !str(p.endDate)) return;
		const d = parseEdtf(p.date);
		const ed = parseEdtf(p.endDate);
		if (d.ok && ed.ok && ed.date.end <= d.date.start) {
			problems.push({
				level: 'error',
				path: ['periods', i, 'endDate'],
				message: `${JSON.stringify(p.endDate)} is before the period's date ${JSON.stringify(p.date)}`
			});
		}
	});

	const eventIds = idsOf(raw.events);
	const validLinks: { from: string; to: string }[] = [];
	const pairs = new Map<string, number>();
	list(raw.links).forEach((l, i) => {
		if (!isRecord(l)) return;
		let ok = true;
		for (const end of ['from', 'to'] as const) {
			if (str(l[end]) && !eventIds.has(l[end])) {
				ok = false;
				problems.push({
					level: 'error',
					path: ['links', i, end],
					message: `${JSON.stringify(l[end])} is not the id of any event`
				});
			}
		}
		if (!str(l.from) || !str(l.to) || !ok) return;
		if (l.from === l.to) {
			problems.push({
				level: 'error',
				path: ['links', i, 'to'],
				message: `${JSON.stringify(l.to)} links the event to itself`
			});
			return;
		}
		const cause = spans.get(l.from);
		const effect = spans.get(l.to);
		if (cause && effect && cause.start >= effect.end) {
			problems.push({
				level: 'error',
				path: ['links', i, 'from'],
				message: `${JSON.stringify(l.from)} cannot cause ${JSON.stringify(l.to)}: its earliest possible date is after the effect's latest`
			});
		}
		const key = `${l.from}\u0000${l.to}\u0000${str(l.label) ? l.label : ''}`;
		const earlier = pairs.get(key);
		if (earlier !== undefined) {
			problems.push({
				level: 'warning',
				path: ['links', i],
				message: `repeats links[${earlier}] (same events and label)`
			});
		} else pairs.set(key, i);
		validLinks.push({ from: l.from, to: l.to });
	});

	for (const cycle of findCycles(validLinks)) {
		problems.push({
			level: 'warning',
			path: ['links'],
			message: `events ${cycle.map((id) => JSON.stringify(id)).join(', ')} form a causal cycle`
		});
	}
	return problems;
}

function normalise(raw: RawDataset, fileName: string): Dataset {
	const actors: Actor[] = (raw.actors ?? []).map((a) => {
		const actor: Actor = { id: a.id, name: a.name };
		if (a.kind !== undefined) actor.kind = a.kind;
		if (a.description !== undefined) actor.description = a.description;
		return actor;
	});

	const events: TimelineEvent[] = raw.events.map((e) => {
		const d = date(e.date);
		const ed = e.endDate === undefined ? undefined : date(e.endDate);
		const event: TimelineEvent = {
			id: e.id,
			title: e.title,
			date: d,
			start: d.start,
			end: ed ? ed.end : d.end,
			status: e.status ?? 'reported',
			kind: e.kind ?? 'other',
			actors: e.actors ? [...e.actors] : [],
			sources: (e.sources ?? []).map(copySource),
			tags: e.tags ? [...e.tags] : [],
			order: 0
		};
		if (ed) event.endDate = ed;
		if (e.dateAsWritten !== undefined) event.dateAsWritten = e.dateAsWritten;
		if (e.summary !== undefined) event.summary = e.summary;
		if (e.place) {
			event.place = { name: e.place.name };
			if (e.place.lat !== undefined) event.place.lat = e.place.lat;
			if (e.place.lon !== undefined) event.place.lon = e.place.lon;
		}
		return event;
	});
	events.sort(
		(a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	events.forEach((e, i) => (e.order = i));

	const seen = new Map<string, number>();
	const links: CausalLink[] = (raw.links ?? []).map((l) => {
		const pair = `${l.from}->${l.to}`;
		const n = seen.get(pair) ?? 0;
		seen.set(pair, n + 1);
		const link: CausalLink = {
			id: n === 0 ? pair : `${pair}#${n + 1}`,
			from: l.from,
			to: l.to,
			label: l.label ?? 'led to',
			basis: l.basis ?? 'reported',
			sources: (l.sources ?? []).map(copySource)
		};
		if (l.hedge !== undefined) link.hedge = l.hedge;
		if (l.note !== undefined) link.note = l.note;
		return link;
	});

	const periods: Period[] = (raw.periods ?? []).map((p) => {
		const d = date(p.date);
		const ed = p.endDate === undefined ? undefined : date(p.endDate);
		const period: Period = {
			id: p.id,
			title: p.title,
			date: d,
			start: d.start,
			end: ed ? ed.end : d.end
		};
		if (ed) period.endDate = ed;
		if (p.description !== undefined) period.description = p.description;
		return period;
	});

	const base = fileName.split(/[/\\]/).pop() ?? fileName;
	const dataset: Dataset = {
		id: raw.id ?? slug(base),
		title: raw.title ?? base.replace(/\.json$/i, ''),
		actors,
		events,
		links,
		periods
	};
	if (raw.description !== undefined) dataset.description = raw.description;
	if (raw.language !== undefined) dataset.language = raw.language;
	if (raw.basedOn) dataset.basedOn = copySource(raw.basedOn);
	return dataset;
}

/** A one-line summary for a valid dataset. */
export function summarise(dataset: Dataset, problems: readonly Problem[]): string {
	const warnings = problems.filter((p) => p.level === 'warning').length;
	const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	return `${n(dataset.events.length, 'event')}, ${n(dataset.actors.length, 'actor')}, ${n(dataset.links.length, 'link')}, ${n(dataset.periods.length, 'period')}, ${n(warnings, 'warning')}`;
}
