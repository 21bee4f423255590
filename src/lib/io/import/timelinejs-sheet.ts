/** TimelineJS's Google Sheets template, exported as CSV: its rows as slides. */
import type { Slide, SlideField } from './timelinejs.ts';
import { Columns, type Table } from './table.ts';
import type { Problems } from './types.ts';

/** The template's columns, as its header row writes them. */
export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Alt Text',
	'Type',
	'Group',
	'Background'
];

const COLUMN: Record<SlideField, string> = {
	year: 'Year',
	month: 'Month',
	day: 'Day',
	time: 'Time',
	endYear: 'End Year',
	endMonth: 'End Month',
	endDay: 'End Day',
	endTime: 'End Time',
	displayDate: 'Display Date',
	headline: 'Headline',
	text: 'Text',
	media: 'Media',
	group: 'Group',
	type: 'Type'
};

export function sheetSlides(table: Table, problems: Problems): Slide[] {
	const cols = new Columns(table);
	const known = TIMELINEJS_COLUMNS.map((c) => c.toLowerCase());
	const unknown = cols.unknown((h) => known.includes(h));
	if (unknown.length > 0) {
		problems.warning(
			{ row: table.headerRow },
			`${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of TimelineJS's template and ${unknown.length === 1 ? 'is' : 'are'} ignored`
		);
	}
	for (const name of ['Year', 'Headline']) {
		if (!cols.has(name)) {
			problems.error(
				{ row: table.headerRow },
				`the column "${name}" is missing; TimelineJS's template has ${TIMELINEJS_COLUMNS.join(', ')}`
			);
		}
	}
	if (problems.failed) return [];
	return table.rows.map((row) => {
		const get = (name: string) => cols.get(row, name);
		const date = (prefix: string) => ({
			year: get(`${prefix}Year`),
			month: get(`${prefix}Month`),
			day: get(`${prefix}Day`),
			time: get(`${prefix}Time`)
		});
		return {
			type: get('Type'),
			start: date(''),
			end: date('End '),
			displayDate: get('Display Date'),
			headline: get('Headline'),
			text: get('Text'),
			media: { url: get('Media'), caption: get('Media Caption'), credit: get('Media Credit') },
			group: get('Group'),
			at: (field?: SlideField) => (field ? cols.at(row, COLUMN[field]) : { row: row.row })
		};
	});
}
