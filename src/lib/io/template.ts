/**
 * Causeway's spreadsheet template, as the CSV exporter writes it and the importer reads it: its
 * columns (sources come after, in `source_*` groups) and the one rule that keeps formula-like
 * cells inert in a spreadsheet and reads them back unchanged.
 */

export const TEMPLATE_EVENT_COLUMNS = [
	'id',
	'title',
	'date',
	'endDate',
	'dateAsWritten',
	'kind',
	'status',
	'actors',
	'summary',
	'place',
	'lat',
	'lon',
	'tags'
] as const;
export const TEMPLATE_LINK_COLUMNS = ['from', 'to', 'label', 'basis', 'hedge', 'note'] as const;
export const TEMPLATE_ACTOR_COLUMNS = ['id', 'name', 'kind', 'description'] as const;

/** Starts like a formula: `=`, `+`, `-`, `@`, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, which a spreadsheet reads as a number and never runs: "-33.9", "-1e3". */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell made safe to open in a spreadsheet: a text that starts like a formula and is not a
 * plain number gets a leading `'` ({@link unneutralise} takes it off again).
 */
export function neutralise(cell: string): string {
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** A cell written with a leading `'` against formula injection, read back as it was. */
export const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
