/**
 * The rules a schema cannot express, run on whatever parses so that every problem is reported at
 * once: fields outside the contract (warnings), unique ids per kind, references to actors and
 * events, date order, causes before effects, repeated links and causal cycles (warnings).
 * Items whose own fields are malformed are skipped here; the schema reports them.
 */
import { parseEdtf } from '../dates.ts';
import { findCycles } from '../graph.ts';
import { ID_PATTERN, KNOWN_FIELDS, type RawDataset } from '../schema.ts';
import { isRecord, type PathItem, type Problem } from './messages.ts';

/** Warnings for fields the contract does not name; they are kept but ignored. */
export function unknownFields(raw: RawDataset): Problem[] {
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
			list(e.attributions).forEach((a, j) => {
				const path = ['events', i, 'attributions', j];
				check(a, KNOWN_FIELDS.attribution, path);
				if (isRecord(a)) sources(a.sources, [...path, 'sources']);
			});
		}
	});
	list(raw.links).forEach((l, i) => {
		check(l, KNOWN_FIELDS.link, ['links', i]);
		if (isRecord(l)) sources(l.sources, ['links', i, 'sources']);
	});
	list(raw.periods).forEach((p, i) => check(p, KNOWN_FIELDS.period, ['periods', i]));
	list(raw.stories).forEach((story, i) => {
		check(story, KNOWN_FIELDS.story, ['stories', i]);
		if (isRecord(story)) {
			list(story.steps).forEach((step, j) =>
				check(step, KNOWN_FIELDS.step, ['stories', i, 'steps', j])
			);
		}
	});
	return problems;
}

/** An id used twice within one collection. */
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

/** What makes two links the same link: every field a reader sees (sources aside). */
export function linkKey(l: Record<string, unknown>): string {
	const f = (k: string) => (typeof l[k] === 'string' ? (l[k] as string) : '');
	return ['from', 'to', 'label', 'basis', 'hedge', 'note'].map(f).join('\u0000');
}

/** Rules across objects: ids, references, date order, causes before effects, cycles. */
export function referenceProblems(raw: RawDataset): Problem[] {
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
			// One actor cannot be listed twice: most events need no counting.
			const counted = new Map<string, number>();
			if (e.actors.length > 1) {
				for (const a of e.actors) if (str(a)) counted.set(a, (counted.get(a) ?? 0) + 1);
			}
			for (const [a, n] of counted) {
				if (n < 2) continue;
				problems.push({
					level: 'warning',
					path: ['events', i, 'actors'],
					message: `${JSON.stringify(a)} is listed ${n} times; it is kept once`
				});
			}
			e.actors.forEach((a, j) => {
				// An unknown actor listed twice is reported once.
				if (e.actors!.indexOf(a) !== j) return;
				// A malformed id is reported by the schema, once.
				if (str(a) && ID_PATTERN.test(a) && !actorIds.has(a)) {
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
	const copiesOf = new Map<string, number>();
	const links = list(raw.links);
	links.forEach((l, i) => {
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
		// Only a link between the same two events as an earlier one can copy it: the words of
		// links are compared within such a pair, the first time it repeats.
		const pair = `${l.from}\u0000${l.to}`;
		const sibling = pairs.get(pair);
		if (sibling === undefined) pairs.set(pair, i);
		else {
			const first = linkKey(links[sibling] as Record<string, unknown>);
			if (!copiesOf.has(first)) copiesOf.set(first, sibling);
			const key = linkKey(l);
			const copy = copiesOf.get(key);
			if (copy !== undefined) {
				problems.push({
					level: 'warning',
					path: ['links', i],
					message: `is an exact copy of links[${copy}]; it is kept once`
				});
			} else {
				copiesOf.set(key, i);
				problems.push({
					level: 'warning',
					path: ['links', i],
					message: `links the same events as links[${sibling}], with other words: both are kept; check that both are meant`
				});
			}
		}
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
