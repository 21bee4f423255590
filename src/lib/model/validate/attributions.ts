/**
 * The rules for contested ties and for the editors' own links, which a schema cannot express:
 * an attribution names actors that exist, says each thing once, and never doubles as a plain
 * participant (a contested attribution is never a plain actor); a `context` link never cites the
 * article the dataset is based on, since the article does not make it.
 */
import type { RawDataset } from '../schema.ts';
import { isRecord, type Problem } from './messages.ts';

const str = (x: unknown): x is string => typeof x === 'string';
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

export function attributionProblems(raw: RawDataset): Problem[] {
	const problems: Problem[] = [];
	const actorIds = new Set(
		list(raw.actors).flatMap((a) => (isRecord(a) && str(a.id) ? [a.id] : []))
	);
	raw.events.forEach((e, i) => {
		if (!isRecord(e)) return;
		const participants = new Set(list(e.actors).filter(str));
		const seen = new Map<string, number>();
		list(e.attributions).forEach((a, j) => {
			if (!isRecord(a)) return;
			const path = ['events', i, 'attributions', j];
			for (const field of ['actor', 'by'] as const) {
				const id = a[field];
				if (str(id) && !actorIds.has(id)) {
					problems.push({
						level: 'error',
						path: [...path, field],
						message: `${JSON.stringify(id)} is not the id of any actor in "actors"`
					});
				}
			}
			if (!str(a.actor) || !str(a.status)) return;
			const key = `${a.actor}\u0000${a.status}`;
			const earlier = seen.get(key);
			if (earlier !== undefined) {
				problems.push({
					level: 'warning',
					path,
					message: `repeats attributions[${earlier}] (same actor and status)`
				});
			} else seen.set(key, j);
			if (a.status !== 'claimed' && participants.has(a.actor)) {
				problems.push({
					level: 'warning',
					path: [...path, 'actor'],
					message: `${JSON.stringify(a.actor)} is also listed in the event's "actors": an actor who is only ${a.status} should not be listed as a participant`
				});
			}
		});
	});

	const article = isRecord(raw.basedOn) && str(raw.basedOn.url) ? raw.basedOn.url : null;
	if (article) {
		list(raw.links).forEach((l, i) => {
			if (!isRecord(l) || l.basis !== 'context') return;
			list(l.sources).forEach((s, j) => {
				if (isRecord(s) && s.url === article) {
					problems.push({
						level: 'warning',
						path: ['links', i, 'sources', j],
						message:
							'cites the article the dataset is based on, but a "context" link is the editors’ own: the article does not make it (use "inferred" if it does)'
					});
				}
			});
		});
	}
	return problems;
}
