/**
 * TimelineJS's slides (from its Google Sheets template exported as CSV, or from its JSON) into a
 * Causeway dataset: Year/Month/Day set the date and its precision, Display Date is the date as
 * written, Headline the title (else Text's first words), Text (HTML) the summary as plain text
 * with its links as sources, Media an http(s) source, Group an actor; the `title` slide gives the
 * dataset's title and description, `era` slides become periods. Times are dropped (said once).
 */
import { parseEdtf } from '../../model/dates.ts';
import { ActorRegistry } from './actors.ts';
import { firstWords, htmlToText } from './html.ts';
import { compact, type Origins } from './origin.ts';
import type { RawEvent, RawImport, RawPeriod, RawSource } from './raw.ts';
import { IdMaker, slugify } from './slug.ts';
import { hostOf } from './template-sources.ts';
import type { Problems, Where } from './types.ts';

export type DateField = 'year' | 'month' | 'day' | 'time';
export type SlideField =
	| DateField
	| `end${Capitalize<DateField>}`
	| 'displayDate'
	| 'headline'
	| 'text'
	| 'media'
	| 'group'
	| 'type';

export type DateParts = Record<DateField, string>;

export interface Slide {
	type: string;
	start: DateParts;
	end: DateParts;
	displayDate: string;
	headline: string;
	text: string;
	media: { url: string; caption: string; credit: string };
	group: string;
	/** Where a field was read (a row and column, or a JSON path); with no field, the slide. */
	at: (field?: SlideField) => Where;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const capital = (f: DateField) => `${f[0].toUpperCase()}${f.slice(1)}` as Capitalize<DateField>;

/** A slide's start or end as an EDTF date; null when it is not one (the problem is said). */
function slideDate(slide: Slide, which: 'start' | 'end', problems: Problems): string | null {
	const parts = slide[which];
	const at = (f: DateField) => slide.at(which === 'start' ? f : `end${capital(f)}`);
	const { year, month, day } = parts;
	if (year === '') {
		if (which === 'end' && month === '' && day === '') return null;
		problems.error(
			at('year'),
			which === 'start'
				? 'is empty: every slide but the title needs a year'
				: 'is empty: an end date with a month or day needs a year'
		);
		return null;
	}
	const int = (s: string) => (/^[+-]?\d+$/.test(s) ? Number(s) : null);
	const y = int(year);
	if (y === null) {
		problems.error(at('year'), `${JSON.stringify(year)} is not a year`);
		return null;
	}
	if (y < 1 || y > 9999) {
		problems.error(at('year'), `${y} is outside the years Causeway can show (0001 to 9999)`);
		return null;
	}
	let text = pad(y, 4);
	if (month !== '') {
		const m = int(month);
		if (m === null || m < 1 || m > 12) {
			problems.error(at('month'), `${JSON.stringify(month)} is not a month (1 to 12)`);
			return null;
		}
		text += `-${pad(m, 2)}`;
	}
	if (day !== '') {
		const d = int(day);
		if (month === '') {
			problems.error(at('day'), 'a day needs a month: the Month is empty');
			return null;
		}
		if (d === null || d < 1 || d > 31) {
			problems.error(at('day'), `${JSON.stringify(day)} is not a day of the month`);
			return null;
		}
		text += `-${pad(d, 2)}`;
	}
	const parsed = parseEdtf(text);
	if (!parsed.ok) {
		problems.error(at('day'), `${JSON.stringify(text)} ${parsed.reason}`);
		return null;
	}
	return text;
}

/** Sources of a slide: the links in its Headline and Text, and its Media if that is http(s). */
function slideSources(slide: Slide, links: { url: string; text: string }[]): RawSource[] {
	const sources: RawSource[] = links.map((l) => ({ title: l.text || hostOf(l.url), url: l.url }));
	const url = slide.media.url.trim();
	if (/^https?:\/\/\S+$/i.test(url)) {
		const title =
			htmlToText(slide.media.caption).text || htmlToText(slide.media.credit).text || hostOf(url);
		sources.push({ title, url });
	}
	const seen = new Set<string>();
	return sources.filter((s) => !seen.has(s.url!) && seen.add(s.url!));
}

export function importSlides(slides: Slide[], problems: Problems, origins: Origins): RawImport {
	const out: RawImport = { actors: [], events: [] };
	const actors = new ActorRegistry();
	const eventIds = new IdMaker();
	const periodIds = new IdMaker();
	const events: RawEvent[] = [];
	const periods: RawPeriod[] = [];
	const timed = slides.filter((s) => s.start.time !== '' || s.end.time !== '');
	if (timed.length > 0) {
		const first = timed[0];
		problems.warning(
			first.at(first.start.time !== '' ? 'time' : 'endTime'),
			`times are not kept: Causeway's dates go down to the day (${timed.length} ${timed.length === 1 ? 'slide has' : 'slides have'} a time)`
		);
	}
	for (const slide of slides) {
		const type = slide.type.trim().toLowerCase();
		const headline = htmlToText(slide.headline);
		const text = htmlToText(slide.text);
		if (type === 'title') {
			if (out.title !== undefined) {
				problems.warning(
					slide.at('type'),
					'a second title slide is ignored: the first one gives the title'
				);
				continue;
			}
			out.title = headline.text || firstWords(text.text);
			if (text.text) out.description = text.text;
			continue;
		}
		const title = headline.text || firstWords(text.text);
		const date = slideDate(slide, 'start', problems);
		const endDate = slideDate(slide, 'end', problems);
		if (!title) {
			problems.error(
				slide.at('headline'),
				'the Headline and the Text are both empty: a slide needs a title'
			);
			continue;
		}
		if (date === null) continue;
		const idBase = `${slugify(title, 64 - date.length - 1)}-${date}`;
		if (type === 'era') {
			const period = compact({
				id: periodIds.make(idBase, 'period'),
				title,
				date,
				endDate: endDate ?? undefined,
				description: text.text
			}) as RawPeriod;
			origins.set('periods', periods.length, slideLocator(slide));
			periods.push(period);
			continue;
		}
		if (type !== '') {
			problems.warning(
				slide.at('type'),
				`${JSON.stringify(slide.type)} is not a Type TimelineJS knows (title or era); the slide is read as an event`
			);
		}
		const group = slide.group.trim();
		events.push(
			compact({
				id: eventIds.make(idBase, 'event'),
				title,
				date,
				endDate: endDate ?? undefined,
				dateAsWritten: htmlToText(slide.displayDate).text,
				actors: group ? [actors.resolve(group)] : [],
				summary: text.text,
				sources: slideSources(slide, [...headline.links, ...text.links])
			}) as RawEvent
		);
		origins.set('events', events.length - 1, slideLocator(slide));
	}
	return { ...out, actors: actors.list, events, ...(periods.length > 0 ? { periods } : {}) };
}

/** Validator paths (`date`, `sources[1].url`) back to the slide's fields. */
function slideLocator(slide: Slide) {
	const FIELD: Record<string, SlideField> = {
		date: 'day',
		endDate: 'endDay',
		title: 'headline',
		summary: 'text',
		dateAsWritten: 'displayDate',
		actors: 'group',
		sources: 'media',
		description: 'text'
	};
	return (rest: (string | number)[]) => {
		const field = typeof rest[0] === 'string' ? FIELD[rest[0]] : undefined;
		return field ? slide.at(field) : slide.at();
	};
}
