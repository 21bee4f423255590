/**
 * Which format a file is, by its header (or, for JSON, its shape): ACLED by `event_id_cnty`,
 * `event_date` and `event_type`; TimelineJS's sheet by `Year` and `Headline`; Causeway's template
 * by `title` and `date` (its links and actors files by `from`/`to` and `id`/`name`).
 */
import { ACLED_REQUIRED } from './acled.ts';
import { headerCells, headerStart } from './table.ts';
import type { ImportFormat } from './types.ts';

export type TemplatePart = 'events' | 'links' | 'actors';

const has = (cells: string[], names: string[]) => names.every((n) => cells.includes(n));
const lower = (text: string) => headerCells(text).map((c) => c.toLowerCase());

/** Which file of the template a CSV is: by its name, else by its header. */
export function templatePart(name: string, text: string): TemplatePart | null {
	const base = name.toLowerCase().replace(/^.*[\\/]/, '');
	if (/link/.test(base)) return 'links';
	if (/actor/.test(base)) return 'actors';
	const cells = lower(text);
	if (has(cells, ['title', 'date'])) return 'events';
	if (has(cells, ['from', 'to'])) return 'links';
	if (has(cells, ['name'])) return 'actors';
	return null;
}

export function detectFormat(name: string, text: string): ImportFormat | null {
	const body = text.replace(/^\uFEFF/, '').trimStart();
	if (/\.json$/i.test(name) || body.startsWith('{')) {
		return /"events"\s*:/.test(body) && !/"date"\s*:\s*"/.test(body) ? 'timelinejs-json' : null;
	}
	const cells = lower(text);
	if (has(cells, ACLED_REQUIRED)) return 'acled';
	if (has(cells, ['year', 'headline'])) return 'timelinejs';
	if (has(cells, ['title', 'date']) || has(cells, ['from', 'to'])) return 'template';
	return null;
}

/** Why detection failed, in the user's terms: what the file's header has and what was expected. */
export function undetected(name: string, text: string): string {
	if (/\.json$/i.test(name) || text.trimStart().startsWith('{')) {
		return 'is JSON but not TimelineJS JSON (an object with an "events" list of slides with "start_date"); a Causeway dataset needs no import: validate it with npm run validate';
	}
	if (text.slice(headerStart(text).offset).trim() === '') {
		return 'is empty: there is no header row and no data';
	}
	const cells = headerCells(text).filter(Boolean);
	return `has a header Causeway does not know: ${cells.length === 0 ? 'it is empty' : cells.map((c) => JSON.stringify(c)).join(', ')}. Expected Causeway's template (id, title, date, endDate, …), TimelineJS's sheet (Year, Month, Day, …, Headline, Text, …) or an ACLED export (event_id_cnty, event_date, event_type, …)`;
}
