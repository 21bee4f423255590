/**
 * TimelineJS's JSON (`{ title?, events: [...], eras?: [...] }`) as slides. Years, months and days
 * may be numbers or strings; a problem names its JSON path (`events[3].start_date.year`).
 */
import { readJson } from '../../model/json.ts';
import type { DateField, Slide, SlideField } from './timelinejs.ts';
import type { Problems } from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const PATH: Record<SlideField, string> = {
	year: 'start_date.year',
	month: 'start_date.month',
	day: 'start_date.day',
	time: 'start_date.hour',
	endYear: 'end_date.year',
	endMonth: 'end_date.month',
	endDay: 'end_date.day',
	endTime: 'end_date.hour',
	displayDate: 'display_date',
	headline: 'text.headline',
	text: 'text.text',
	media: 'media.url',
	group: 'group',
	type: 'type'
};

/** A scalar as text: strings trimmed, numbers written out; anything else is a problem. */
function scalar(value: unknown, path: string, problems: Problems): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	problems.error({ path }, `should be a number or a string, got ${JSON.stringify(value)}`);
	return '';
}

function slide(item: unknown, base: string, type: string, problems: Problems): Slide | null {
	if (!isObj(item)) {
		problems.error({ path: base }, 'should be an object (a slide)');
		return null;
	}
	const sub = (key: string): Obj => {
		const v = item[key];
		if (v !== undefined && v !== null && !isObj(v)) {
			problems.error({ path: `${base}.${key}` }, 'should be an object');
		}
		return isObj(v) ? v : {};
	};
	const read = (obj: Obj, key: string, path: string) =>
		scalar(obj[key], `${base}.${path}`, problems);
	const date = (key: 'start_date' | 'end_date'): Record<DateField, string> => {
		const d = sub(key);
		const time = ['hour', 'minute', 'second'].some((k) => read(d, k, `${key}.${k}`) !== '');
		return {
			year: read(d, 'year', `${key}.year`),
			month: read(d, 'month', `${key}.month`),
			day: read(d, 'day', `${key}.day`),
			time: time ? 'yes' : ''
		};
	};
	const start = date('start_date');
	const text = sub('text');
	const media = sub('media');
	const startDate = sub('start_date');
	return {
		type: type || read(item, 'type', 'type'),
		start,
		end: date('end_date'),
		displayDate:
			read(item, 'display_date', 'display_date') ||
			read(startDate, 'display_date', 'start_date.display_date'),
		headline: read(text, 'headline', 'text.headline'),
		text: read(text, 'text', 'text.text'),
		media: {
			url: read(media, 'url', 'media.url'),
			caption: read(media, 'caption', 'media.caption'),
			credit: read(media, 'credit', 'media.credit')
		},
		group: read(item, 'group', 'group'),
		at: (field?: SlideField) => ({ path: field ? `${base}.${PATH[field]}` : base })
	};
}

/** The slides of a TimelineJS JSON file: the title first, then the events, then the eras. */
export function jsonSlides(text: string, problems: Problems): Slide[] {
	const json = readJson(text);
	if (!json.ok) {
		for (const p of json.problems) problems.error({}, p);
		return [];
	}
	const root = json.value;
	if (!isObj(root) || !Array.isArray(root.events)) {
		problems.error(
			{ path: 'events' },
			'is missing: a TimelineJS JSON file is an object with an "events" list'
		);
		return [];
	}
	const slides: (Slide | null)[] = [];
	if (root.title !== undefined) slides.push(slide(root.title, 'title', 'title', problems));
	root.events.forEach((e, i) => slides.push(slide(e, `events[${i}]`, '', problems)));
	if (root.eras !== undefined && !Array.isArray(root.eras)) {
		problems.error({ path: 'eras' }, 'should be a list of eras');
	} else {
		(root.eras ?? []).forEach((e, i) => slides.push(slide(e, `eras[${i}]`, 'era', problems)));
	}
	if (root.events.length === 0) problems.error({ path: 'events' }, 'is empty: there are no events');
	return slides.filter((s): s is Slide => s !== null);
}
