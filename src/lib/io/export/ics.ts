/**
 * The view, or one event, as an iCalendar file (RFC 5545): all-day events whose DTEND is
 * exclusive and covers the event's whole span (a month event spans its month), stable UIDs,
 * text escaped, lines folded at 75 octets without splitting a character, CRLF throughout.
 */
import { KIND_LABELS } from '../../model/labels.ts';
import type { Dataset, TimelineEvent } from '../../model/types.ts';
import { eventNotes, sourceText, type EventNotes } from './notes.ts';
import {
	eventUrl,
	exportName,
	holdsSentence,
	oneLine,
	type ExportFile,
	type ExportView
} from './view.ts';

const ICS_TYPE = 'text/calendar;charset=utf-8';
const MAX_OCTETS = 75;

/** A TEXT value escaped (RFC 5545 3.3.11): backslash, `;`, `,` and line breaks. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** The UTF-8 length of the character whose first UTF-16 unit is `unit` (a pair counts 4). */
const octets = (unit: number): number =>
	unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 4 : 3;

/**
 * A content line folded (RFC 5545 3.1): at most 75 octets of UTF-8 per line, each continuation
 * starting with a space, never inside a character. Lines are joined with CRLF.
 */
export function foldLine(line: string): string {
	// No UTF-16 unit takes more than 3 octets (a pair takes 4 for 2 units).
	if (line.length * 3 <= MAX_OCTETS) return line;
	const parts: string[] = [];
	let start = 0;
	let size = 0;
	for (let i = 0; i < line.length;) {
		const n = octets(line.charCodeAt(i));
		const units = n === 4 ? 2 : 1;
		if (size + n > MAX_OCTETS) {
			parts.push(line.slice(start, i));
			start = i;
			// The continuation's leading space counts.
			size = 1;
		}
		size += n;
		i += units;
	}
	parts.push(line.slice(start));
	return parts.join('\r\n ');
}

/** A FLOAT as RFC 5545 writes it: no exponent, no trailing zeros. */
const geo = (n: number) => n.toFixed(6).replace(/\.?0+$/, '');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The UTC calendar day of an instant as an iCalendar DATE: `20240608`. */
export function icsDate(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** A UTC DATE-TIME: `20240608T120000Z`. */
export function icsStamp(date: Date): string {
	const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
	return `${icsDate(date.getTime())}T${time}Z`;
}

/** The description in plain text, one paragraph per part. */
export function notesText(notes: EventNotes): string {
	const list = (heading: string, items: string[]) =>
		items.length === 0 ? [] : [[heading, ...items.map((i) => `- ${i}`)].join('\n')];
	return [
		...(notes.summary ? [notes.summary] : []),
		notes.facts.join('\n'),
		...list(
			'Caused by:',
			notes.causes.map((c) => `${c.sentence} (${c.basis})`)
		),
		...list(
			'Led to:',
			notes.effects.map((c) => `${c.sentence} (${c.basis})`)
		),
		...list(
			'Sources:',
			notes.sources.map((s) => (s.url ? `${sourceText(s)}: ${s.url}` : sourceText(s)))
		)
	].join('\n\n');
}

interface EventOptions {
	stamp: string;
	url?: string;
	notes: (event: TimelineEvent) => EventNotes;
}

function vevent(dataset: Dataset, event: TimelineEvent, opts: EventOptions): string[] {
	const lines = [
		'BEGIN:VEVENT',
		`UID:${event.id}@${dataset.id}.causeway`,
		`DTSTAMP:${opts.stamp}`,
		`DTSTART;VALUE=DATE:${icsDate(event.start)}`,
		// `end` is exclusive: the first instant after the event's span, as DTEND wants it.
		`DTEND;VALUE=DATE:${icsDate(event.end)}`,
		`SUMMARY:${escapeText(event.title)}`,
		`DESCRIPTION:${escapeText(notesText(opts.notes(event)))}`
	];
	if (event.place) {
		lines.push(`LOCATION:${escapeText(event.place.name)}`);
		if (event.place.lat !== undefined && event.place.lon !== undefined) {
			lines.push(`GEO:${geo(event.place.lat)};${geo(event.place.lon)}`);
		}
	}
	const url = opts.url === undefined ? null : eventUrl(opts.url, event.id);
	if (url) lines.push(`URL:${url}`);
	lines.push(`CATEGORIES:${escapeText(KIND_LABELS[event.kind])}`, 'END:VEVENT');
	return lines;
}

function calendar(name: string, description: string, events: string[][]): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Causeway//Timeline//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
		`X-WR-CALDESC:${escapeText(description)}`,
		...events.flat(),
		'END:VCALENDAR'
	];
	return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

export function icsFile(view: ExportView, opts: { now?: Date } = {}): ExportFile {
	const { dataset } = view;
	const options: EventOptions = {
		stamp: icsStamp(opts.now ?? new Date()),
		url: view.url,
		notes: eventNotes(dataset)
	};
	const holds = holdsSentence(view);
	return {
		name: exportName(view, '', 'ics'),
		type: ICS_TYPE,
		text: calendar(
			dataset.title,
			view.url ? `${holds}. View: ${view.url}` : holds,
			view.events.map((e) => vevent(dataset, e, options))
		)
	};
}

/** One event as a calendar file, for the event page's `.ics` link. */
export function eventIcs(
	dataset: Dataset,
	event: TimelineEvent,
	opts: { now?: Date; url?: string } = {}
): ExportFile {
	const options: EventOptions = {
		stamp: icsStamp(opts.now ?? new Date()),
		url: opts.url,
		notes: eventNotes(dataset)
	};
	return {
		name: `${event.id}.ics`,
		type: ICS_TYPE,
		text: calendar(dataset.title, `${oneLine(event.title)}, from ${oneLine(dataset.title)}`, [
			vevent(dataset, event, options)
		])
	};
}
