/**
 * ACLED's CSV exports into a Causeway dataset. time_precision 1 is the day, 2 a week around it
 * (the day, approximate), 3 the month. actor1, actor2 and each associated actor become actors of
 * the event, never links: ACLED's actor columns carry no direction. The event's id is a slug of
 * event_id_cnty, so a re-import of an updated export updates its events rather than doubling them.
 */
import { parseEdtf } from '../../model/dates.ts';
import { ActorRegistry, splitList } from './actors.ts';
import { compact, rowLocator, type Origins } from './origin.ts';
import type { RawEvent, RawImport, RawSource } from './raw.ts';
import { slugify } from './slug.ts';
import { Columns, readNumber, type Table } from './table.ts';
import type { Problems } from './types.ts';

export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type'];

const KINDS: Record<string, string> = {
	battles: 'attack',
	explosions: 'attack',
	'explosions/remote violence': 'attack',
	'remote violence': 'attack',
	'violence against civilians': 'attack',
	protests: 'political',
	riots: 'political',
	'strategic developments': 'other'
};

/** ACLED's interaction codes (inter1, inter2) as the kinds of actor they name. */
const INTER: Record<string, string> = {
	'1': 'State forces',
	'2': 'Rebel group',
	'3': 'Political militia',
	'4': 'Identity militia',
	'5': 'Rioters',
	'6': 'Protesters',
	'7': 'Civilians',
	'8': 'External/Other forces'
};

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** `2024-03-26` or `26 March 2024` (ACLED's site) as `2024-03-26`; null when it is neither. */
export function acledDay(text: string): string | null {
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	const written = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
	let y: string, m: number, d: number;
	if (iso) [y, m, d] = [iso[1], Number(iso[2]), Number(iso[3])];
	else if (written) {
		const month = MONTHS.findIndex(
			(name) => name === written[2].toLowerCase() || name.slice(0, 3) === written[2].toLowerCase()
		);
		if (month === -1) return null;
		[y, m, d] = [written[3], month + 1, Number(written[1])];
	} else return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const longDay = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${y}`;
};

export function importAcled(table: Table, problems: Problems, origins: Origins): RawImport {
	const cols = new Columns(table);
	const missing = ACLED_REQUIRED.filter((c) => !cols.has(c));
	if (missing.length > 0) {
		problems.error(
			{ row: table.headerRow },
			`the ${missing.length === 1 ? 'column' : 'columns'} ${missing.map((m) => JSON.stringify(m)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing; an ACLED export has ${ACLED_REQUIRED.join(', ')} and more`
		);
		return { actors: [], events: [] };
	}
	const actors = new ActorRegistry();
	const events: RawEvent[] = [];
	const firstRow = new Map<string, number>();
	for (const row of table.rows) {
		const get = (name: string) => cols.get(row, name);
		const at = (name: string) => cols.at(row, name);
		const acledId = get('event_id_cnty');
		if (!acledId) {
			problems.error(at('event_id_cnty'), 'is empty: every ACLED event has an id');
			continue;
		}
		const id = slugify(acledId) || 'event';
		const earlier = firstRow.get(id);
		if (earlier !== undefined) {
			problems.error(
				at('event_id_cnty'),
				`${JSON.stringify(acledId)} is the id of the event in row ${earlier} too: an export lists each event once`
			);
			continue;
		}
		firstRow.set(id, row.row);
		const dateText = get('event_date');
		const day = acledDay(dateText);
		const parsed = day ? parseEdtf(day) : null;
		if (!day || !parsed?.ok) {
			problems.error(
				at('event_date'),
				`${JSON.stringify(dateText)} ${parsed && !parsed.ok ? parsed.reason : 'is not a date of the form YYYY-MM-DD or "26 March 2024"'}`
			);
		}
		const precision = get('time_precision') || '1';
		let date = day && parsed?.ok ? day : '';
		let dateAsWritten: string | undefined;
		if (!date) {
			// Said above; the rest of the row is still read, so that all its problems are said at once.
		} else if (precision === '2') {
			dateAsWritten = `week of ${longDay(date)}`;
			date = `${date}~`;
		} else if (precision === '3') date = date.slice(0, 7);
		else if (precision !== '1') {
			problems.warning(
				at('time_precision'),
				`${JSON.stringify(precision)} is not an ACLED time precision (1, 2 or 3); the day is used`
			);
		}
		const eventIds: string[] = [];
		const add = (name: string, inter?: string) => {
			const kind = inter ? (INTER[inter] ?? inter) : undefined;
			eventIds.push(actors.resolve(name, kind ? { kind } : undefined));
		};
		for (const n of ['1', '2']) {
			if (get(`actor${n}`)) add(get(`actor${n}`), get(`inter${n}`));
			for (const a of splitList(get(`assoc_actor_${n}`))) add(a);
		}
		const numberAt = (name: string) => {
			const text = get(name);
			if (!text) return undefined;
			const n = readNumber(text);
			if (n === null) problems.error(at(name), `${JSON.stringify(text)} is not a number`);
			return n ?? undefined;
		};
		const [lat, lon, fatalities] = ['latitude', 'longitude', 'fatalities'].map(numberAt);
		const placeName = [
			...new Set([get('location'), get('admin1'), get('country')].filter(Boolean))
		];
		const eventType = get('event_type');
		const what = get('sub_event_type') || eventType;
		const sources: RawSource[] = splitList(get('source')).map((s) => ({ title: s, publisher: s }));
		events.push(
			compact({
				id,
				title: get('location') ? `${what} in ${get('location')}` : what,
				date,
				dateAsWritten,
				kind: KINDS[eventType.toLowerCase()],
				actors: [...new Set(eventIds)],
				summary: get('notes'),
				place: placeName.length > 0 ? compact({ name: placeName.join(', '), lat, lon }) : undefined,
				sources,
				tags: [...new Set([...splitList(get('disorder_type')), eventType].filter(Boolean))],
				fatalities,
				acledId
			}) as RawEvent
		);
		origins.set(
			'events',
			events.length - 1,
			rowLocator(problems.file, row.row, (field, rest) => {
				const column: Record<string, string> = {
					id: 'event_id_cnty',
					title: 'sub_event_type',
					date: 'event_date',
					summary: 'notes',
					sources: 'source',
					tags: 'disorder_type',
					actors: 'actor1',
					place: rest[0] === 'lat' ? 'latitude' : rest[0] === 'lon' ? 'longitude' : 'location'
				};
				return cols.at(row, column[field] ?? field).column!;
			})
		);
	}
	return { actors: actors.list, events };
}
