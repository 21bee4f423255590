/**
 * Exports of the current view: Causeway JSON, the spreadsheet template's three CSV files, an
 * iCalendar file and TimelineJS JSON, each as a file to download. Pure: no DOM, no network.
 */
import { actorsCsv, eventsCsv, linksCsv } from './csv.ts';
import { icsFile } from './ics.ts';
import { jsonFile } from './json.ts';
import { timelineJsFile } from './timelinejs.ts';
import type { ExportFile, ExportFormat, ExportView } from './view.ts';

export { eventIcs } from './ics.ts';
export { holdsSentence, viewContent } from './view.ts';
export type { ExportFile, ExportFormat, ExportView } from './view.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
	'json',
	'csv-events',
	'csv-links',
	'csv-actors',
	'ics',
	'timelinejs'
];

export function exportView(
	view: ExportView,
	format: ExportFormat,
	opts: { now?: Date } = {}
): ExportFile {
	switch (format) {
		case 'json':
			return jsonFile(view);
		case 'csv-events':
			return eventsCsv(view);
		case 'csv-links':
			return linksCsv(view);
		case 'csv-actors':
			return actorsCsv(view);
		case 'ics':
			return icsFile(view, opts);
		case 'timelinejs':
			return timelineJsFile(view);
	}
}
