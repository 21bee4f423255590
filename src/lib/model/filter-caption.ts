/**
 * A view's filters in words, for the files it is exported to and an embed's caption:
 * "Attacks and statements involving Tehrik-i-Taliban Pakistan (TTP), 2022–2024". Pure.
 */
import { formatDate, formatRange, parseEdtf } from './dates.ts';
import { isFiltered, type EventFilter } from './filter.ts';
import { quote } from './labels.ts';
import { EVENT_KINDS, type Dataset, type EdtfDate, type EventKind } from './types.ts';

/** Kinds as a plural noun phrase, to stand where "events" would. */
export const KIND_PLURALS: Record<EventKind, string> = {
	attack: 'attacks',
	diplomacy: 'diplomatic events',
	'military-operation': 'military operations',
	political: 'political events',
	economic: 'economic events',
	publication: 'publications',
	report: 'reports',
	statement: 'statements',
	other: 'other events'
};

/** "a", "a and b", "a, b and c"; `or` instead of the last `and` when asked. */
export function listText(items: readonly string[], last: 'and' | 'or' = 'and'): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function bound(text: string | null): EdtfDate | null {
	if (text === null) return null;
	const r = parseEdtf(text.trim());
	return r.ok ? r.date : null;
}

/**
 * The time filter in words: after a comma "2022–2024", "from June 2024", "up to 2023"; right
 * after the noun "in 2022–2024". Bounds the wrong way round are swapped, as the filter swaps them.
 */
function rangeText(filter: EventFilter): { after: string; direct: string } | null {
	let from = bound(filter.from);
	let to = bound(filter.to);
	if (from && to) {
		if (from.start >= to.end) [from, to] = [to, from];
		const range = formatRange(from, to);
		return { after: range, direct: `in ${range}` };
	}
	const open = from ? `from ${formatDate(from)}` : to ? `up to ${formatDate(to)}` : null;
	return open === null ? null : { after: open, direct: open };
}

/** "involving X", "involving X or Y", "involving both X and Y", "involving all of X, Y and Z". */
function actorsText(filter: EventFilter, dataset: Dataset): string | null {
	const ids = [...new Set(filter.actors)];
	if (ids.length === 0) return null;
	const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
	const list = ids.map((id) => names.get(id) ?? id);
	let text: string;
	if (list.length === 1) text = list[0];
	else if (filter.match === 'any') text = listText(list, 'or');
	else text = `${list.length === 2 ? 'both' : 'all of'} ${listText(list)}`;
	const role =
		filter.attributed === 'exclude'
			? list.length === 1
				? ' as a participant'
				: ' as participants'
			: '';
	return `involving ${text}${role}`;
}

/**
 * How the view is filtered, as a phrase that names what it shows; null when nothing is filtered.
 * Actor names come from the dataset (an id it lacks is written as it is); text searched for is
 * quoted; an unparseable time bound is left out, as the filter ignores it.
 */
export function describeFilter(filter: EventFilter, dataset: Dataset): string | null {
	if (!isFiltered(filter)) return null;
	const kinds = EVENT_KINDS.filter((k) => filter.kinds.includes(k)).map((k) => KIND_PLURALS[k]);
	const head = kinds.length > 0 ? listText(kinds) : 'events';
	const actors = actorsText(filter, dataset);
	const q = filter.q.trim();
	const range = rangeText(filter);
	let text = actors ? `${head} ${actors}` : head;
	if (q) text += `${actors ? ',' : ''} matching ${quote(q)}`;
	if (range) text += actors || q ? `, ${range.after}` : ` ${range.direct}`;
	return capitalise(text);
}
