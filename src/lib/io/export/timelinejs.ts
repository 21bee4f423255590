/**
 * The view as TimelineJS JSON (`{ title, events, eras }`). TimelineJS renders `text` as HTML, so
 * every dataset string is escaped and the only markup is ours: paragraphs, and links for http,
 * https and mailto sources. The date's precision sets which parts are written; the first actor
 * is the event's group; periods are eras.
 */
import { formatRange, isoDay } from '../../model/dates.ts';
import { actorsById } from '../../model/lookup.ts';
import { isSafeUrl } from '../../model/url.ts';
import type { EdtfDate, Period, Source, TimelineEvent } from '../../model/types.ts';
import { eventNotes, sourceText, type EventNotes, type LinkNote } from './notes.ts';
import {
	eventUrl,
	exportName,
	holdsSentence,
	viewContent,
	type ExportFile,
	type ExportView
} from './view.ts';

export interface TjsDate {
	year: number;
	month?: number;
	day?: number;
}

export interface TjsText {
	headline: string;
	text: string;
}

export interface TjsEvent {
	unique_id: string;
	start_date: TjsDate;
	end_date?: TjsDate;
	display_date?: string;
	text: TjsText;
	group?: string;
}

export interface TjsEra {
	start_date: TjsDate;
	end_date: TjsDate;
	text: TjsText;
}

export interface TjsTimeline {
	title: { text: TjsText };
	events: TjsEvent[];
	eras: TjsEra[];
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe inside HTML, in content and in quoted attributes alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

const paragraph = (html: string) => `<p>${html}</p>`;

/** Text as paragraphs: a blank line starts a new one, a single line break is a `<br>`. */
const paragraphs = (text: string) =>
	text
		.split(/\r?\n\s*\r?\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => paragraph(escapeHtml(p).replace(/\r?\n/g, '<br>')))
		.join('');

/** A link we write ourselves: only to http, https and mailto URLs; anything else is text. */
function anchor(url: string | undefined, label: string): string {
	if (url === undefined || !isSafeUrl(url)) return escapeHtml(label);
	return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}

const sourceHtml = (s: Source) => anchor(s.url, sourceText(s));

function dayParts(ms: number): TjsDate {
	const [year, month, day] = isoDay(ms).split('-').map(Number);
	return { year, month, day };
}

/** The parts the date's precision has: a month date has no day. */
function dateParts(date: EdtfDate): TjsDate {
	const { year, month, day } = dayParts(date.start);
	if (date.precision === 'year') return { year };
	if (date.precision === 'month') return { year, month };
	return { year, month, day };
}

/** A paragraph of lines under a heading, or nothing when there are none. Items are HTML. */
const listed = (heading: string, items: string[]) =>
	items.length === 0 ? '' : paragraph([escapeHtml(heading), ...items].join('<br>'));

function eventText(notes: EventNotes, url: string | undefined): string {
	const links = (list: LinkNote[]) => list.map((l) => escapeHtml(`${l.sentence} (${l.basis})`));
	return [
		notes.summary ? paragraphs(notes.summary) : '',
		paragraph(notes.facts.map(escapeHtml).join('<br>')),
		listed('Caused by:', links(notes.causes)),
		listed('Led to:', links(notes.effects)),
		listed('Sources:', notes.sources.map(sourceHtml)),
		url ? paragraph(anchor(url, 'This event in the Causeway timeline')) : ''
	].join('');
}

function era(period: Period): TjsEra {
	const text = period.description ? paragraphs(period.description) : '';
	return {
		start_date: dateParts(period.date),
		// An open period runs to the end of the timeline; `end` is exclusive, so its last day is before.
		end_date: period.endDate ? dateParts(period.endDate) : dayParts(period.end - 1),
		text: {
			headline: escapeHtml(period.title),
			text: period.open ? `${text}${paragraph('Continues.')}` : text
		}
	};
}

export function timelineJs(view: ExportView): TjsTimeline {
	const content = viewContent(view);
	const { dataset } = content;
	const actors = actorsById(dataset);
	const notes = eventNotes(dataset);
	const link = (id: string) => (view.url ? (eventUrl(view.url, id) ?? undefined) : undefined);
	const events = content.events.map((e: TimelineEvent) => {
		const out: TjsEvent = {
			unique_id: e.id,
			start_date: dateParts(e.date),
			text: { headline: escapeHtml(e.title), text: eventText(notes(e), link(e.id)) }
		};
		if (e.endDate) out.end_date = dateParts(e.endDate);
		const qualified = [e.date, e.endDate].some((d) => d && (d.approximate || d.uncertain));
		if (e.dateAsWritten) out.display_date = escapeHtml(e.dateAsWritten);
		else if (qualified) out.display_date = escapeHtml(formatRange(e.date, e.endDate));
		const first = e.actors[0];
		if (first !== undefined) out.group = escapeHtml(actors.get(first)?.name ?? first);
		return out;
	});
	const intro = [
		dataset.description ? paragraphs(dataset.description) : '',
		paragraph(escapeHtml(holdsSentence(view))),
		view.url ? paragraph(anchor(view.url, 'Open this view in Causeway')) : ''
	].join('');
	return {
		title: { text: { headline: escapeHtml(dataset.title), text: intro } },
		events,
		eras: content.periods.map(era)
	};
}

export function timelineJsFile(view: ExportView): ExportFile {
	return {
		name: exportName(view, '-timelinejs', 'json'),
		type: 'application/json',
		text: `${JSON.stringify(timelineJs(view), null, '\t')}\n`
	};
}
