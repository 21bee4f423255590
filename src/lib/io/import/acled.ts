/**
 * ACLED's CSV exports into a Causeway dataset. time_precision 1 is the day, 2 a week around it
 * (the day, approximate), 3 the month. actor1, actor2 and each associated actor become actors of
 * the event, never links: ACLED's actor columns carry no direction. The event's id is a slug of
 * event_id_cnty, so a re-import of an updated export updates its events rather than doubling them.
 */
import { parseEdtf } from '../../model/dates.ts';
import { ActorRegistry, splitList } from './actors.ts';
import { compact, type Origins } from './origin.ts';
import type { RawEvent, RawImport, RawSource } from './raw.ts';
import { slugify } from './slug.ts';
import { Columns, readNumber, type Table, type TableRow } from './table.ts';
import type { Problems, Where } from './types.ts';

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

/** The column a field of an imported event was read from, for the validator's errors. */
const FIELD_COLUMN: Record<string, string> = {
	id: 'event_id_cnty',
	title: 'sub_event_type',
	date: 'event_date',
	dateAsWritten: 'time_precision',
	kind: 'event_type',
	summary: 'notes',
	sources: 'source',
	tags: 'disorder_type',
	actors: 'actor1',
	fatalities: 'fatalities',
	acledId: 'event_id_cnty'
};

/**
 * Reads the rows one by one. Its helpers are methods rather than closures made per row: with
 * thousands of rows, closures cost (allocations, and tsx names each one as it is made).
 */
class AcledReader {
	readonly actors = new ActorRegistry();
	readonly events: RawEvent[] = [];
	/** The row each event was read from, by index. */
	readonly rows: number[] = [];
	private readonly firstRow = new Map<string, number>();

	constructor(
		readonly cols: Columns,
		readonly problems: Problems
	) {}

	/** A number cell; undefined when empty, and a problem when it is not a number. */
	number(row: TableRow, name: string): number | undefined {
		const text = this.cols.get(row, name);
		if (!text) return undefined;
		const n = readNumber(text);
		if (n === null)
			this.problems.error(this.cols.at(row, name), `${JSON.stringify(text)} is not a number`);
		return n ?? undefined;
	}

	/** The date at the row's precision, and its wording for a week; '' when it is not a date. */
	date(row: TableRow): { date: string; dateAsWritten?: string } {
		const text = this.cols.get(row, 'event_date');
		const day = acledDay(text);
		const parsed = day ? parseEdtf(day) : null;
		if (!day || !parsed?.ok) {
			const reason =
				parsed && !parsed.ok
					? parsed.reason
					: 'is not a date of the form YYYY-MM-DD or "26 March 2024"';
			this.problems.error(this.cols.at(row, 'event_date'), `${JSON.stringify(text)} ${reason}`);
			// The rest of the row is still read, so that all its problems are said at once.
			return { date: '' };
		}
		const precision = this.cols.get(row, 'time_precision') || '1';
		if (precision === '2') return { date: `${day}~`, dateAsWritten: `week of ${longDay(day)}` };
		if (precision === '3') return { date: day.slice(0, 7) };
		if (precision !== '1') {
			this.problems.warning(
				this.cols.at(row, 'time_precision'),
				`${JSON.stringify(precision)} is not an ACLED time precision (1, 2 or 3); the day is used`
			);
		}
		return { date: day };
	}

	/** actor1, actor2 (with their kinds from inter1, inter2) and each associated actor. */
	actorIds(row: TableRow): string[] {
		const ids: string[] = [];
		for (const n of ['1', '2']) {
			const name = this.cols.get(row, `actor${n}`);
			if (name) {
				const inter = this.cols.get(row, `inter${n}`);
				const kind = inter ? (INTER[inter] ?? inter) : '';
				ids.push(this.actors.resolve(name, kind ? { kind } : undefined));
			}
			for (const a of splitList(this.cols.get(row, `assoc_actor_${n}`))) {
				ids.push(this.actors.resolve(a));
			}
		}
		return [...new Set(ids)];
	}

	read(row: TableRow): void {
		const { cols } = this;
		const acledId = cols.get(row, 'event_id_cnty');
		if (!acledId) {
			this.problems.error(cols.at(row, 'event_id_cnty'), 'is empty: every ACLED event has an id');
			return;
		}
		const id = slugify(acledId) || 'event';
		const earlier = this.firstRow.get(id);
		if (earlier !== undefined) {
			this.problems.error(
				cols.at(row, 'event_id_cnty'),
				`${JSON.stringify(acledId)} is the id of the event in row ${earlier} too: an export lists each event once`
			);
			return;
		}
		this.firstRow.set(id, row.row);
		const { date, dateAsWritten } = this.date(row);
		const actors = this.actorIds(row);
		const lat = this.number(row, 'latitude');
		const lon = this.number(row, 'longitude');
		const fatalities = this.number(row, 'fatalities');
		const location = cols.get(row, 'location');
		const names = [location, cols.get(row, 'admin1'), cols.get(row, 'country')].filter(Boolean);
		const eventType = cols.get(row, 'event_type');
		const what = cols.get(row, 'sub_event_type') || eventType;
		const tags = [...splitList(cols.get(row, 'disorder_type')), eventType].filter(Boolean);
		this.events.push(
			compact({
				id,
				title: location ? `${what} in ${location}` : what,
				date,
				dateAsWritten,
				kind: KINDS[eventType.toLowerCase()],
				actors,
				summary: cols.get(row, 'notes'),
				place:
					names.length > 0
						? compact({ name: [...new Set(names)].join(', '), lat, lon })
						: undefined,
				sources: splitList(cols.get(row, 'source')).map((s): RawSource => ({
					title: s,
					publisher: s
				})),
				tags: [...new Set(tags)],
				fatalities,
				acledId
			}) as RawEvent
		);
		this.rows.push(row.row);
	}

	/** Where the validator's error on `events[index]` came from. */
	locate(index: number, rest: (string | number)[]): Where {
		const field = typeof rest[0] === 'string' ? rest[0] : '';
		const column =
			field === 'place'
				? rest[1] === 'lat'
					? 'latitude'
					: rest[1] === 'lon'
						? 'longitude'
						: 'location'
				: (FIELD_COLUMN[field] ?? field);
		return column ? this.cols.at(this.rows[index], column) : { row: this.rows[index] };
	}
}

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
	const reader = new AcledReader(cols, problems);
	for (const row of table.rows) reader.read(row);
	origins.setAll('events', (index, rest) => reader.locate(index, rest));
	return { actors: reader.actors.list, events: reader.events };
}
