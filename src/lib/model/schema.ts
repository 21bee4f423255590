/**
 * The raw dataset as authors write it (contract v1, see README "Writing a dataset").
 * Built with valibot, which is small enough to ship to the browser for remote datasets;
 * `npm run schema` turns it into the JSON Schema that editors use.
 */
import * as v from 'valibot';
import { EDTF_PATTERN, parseEdtf } from './dates.ts';
import { ATTRIBUTION_STATUSES, EVENT_KINDS, EVENT_STATUSES, LINK_BASES } from './types.ts';
import { isSafeUrl, URL_PATTERN } from './url.ts';
import { timeWindow } from './view-values.ts';
import { hasVisibleText, textProblem } from './validate/text.ts';

export { isSafeUrl, URL_PATTERN };

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const quoted = (input: unknown) => JSON.stringify(input);

const Id = v.pipe(
	v.string('should be a string id'),
	v.regex(ID_PATTERN, (i) => `${quoted(i.input)} is not a valid id (1–64 letters, digits, _ or -)`)
);

/** A short view of a text for messages: quoted, and cut when long. */
const shown = (s: string) =>
	quoted(s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(
		/[\p{Cf}\u00A0\u2000-\u200A\u2028\u2029\u3000]/gu,
		(c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
	);

const Text = v.pipe(
	v.string('should be text'),
	v.check(
		(s) => textProblem(s) === null,
		(i) => `${shown(i.input)} ${textProblem(i.input)}`
	)
);

/** A title or a name: text with at least one visible character. */
const Title = v.pipe(
	Text,
	v.check(hasVisibleText, (i) => `${shown(i.input)} has no visible character: a title is needed`)
);

/** One expression for every date checked (no flags, so no state between tests). */
const EDTF = new RegExp(EDTF_PATTERN);

const EdtfText = v.pipe(
	v.string('should be a date string such as "2024-06-08"'),
	v.regex(
		EDTF,
		(i) =>
			`${quoted(i.input)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %)`
	),
	v.check(
		(s) => !EDTF.test(s) || parseEdtf(s).ok,
		(i) => {
			const r = parseEdtf(i.input);
			return `${quoted(i.input)} ${r.ok ? 'is not a valid date' : r.reason}`;
		}
	)
);

const Url = v.pipe(
	v.string('should be a URL string'),
	v.check(
		(s) => textProblem(s) === null,
		(i) => `${shown(i.input)} ${textProblem(i.input)}`
	),
	v.regex(URL_PATTERN, (i) => `${quoted(i.input)} is not an http, https or mailto link`),
	v.check(
		(s) => !URL_PATTERN.test(s) || isSafeUrl(s),
		(i) => `${quoted(i.input)} is not a well-formed URL`
	)
);

export const SourceSchema = v.looseObject({
	title: Title,
	url: v.optional(Url),
	publisher: v.optional(Text),
	date: v.optional(Text)
});

export const ActorSchema = v.looseObject({
	id: Id,
	name: Title,
	kind: v.optional(Text),
	description: v.optional(Text)
});

export const PlaceSchema = v.looseObject({
	name: Title,
	lat: v.optional(v.pipe(v.number('should be a number'), v.minValue(-90), v.maxValue(90))),
	lon: v.optional(v.pipe(v.number('should be a number'), v.minValue(-180), v.maxValue(180)))
});

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	v.picklist(values, (i) => `${quoted(i.input)} should be one of ${values.join(', ')}`);

export const AttributionSchema = v.looseObject({
	actor: Id,
	status: oneOf(ATTRIBUTION_STATUSES),
	by: v.optional(Id),
	note: v.optional(Text),
	sources: v.optional(v.array(SourceSchema, 'should be a list of sources'))
});

export const EventSchema = v.looseObject({
	id: Id,
	title: Title,
	date: EdtfText,
	endDate: v.optional(EdtfText),
	dateAsWritten: v.optional(Text),
	status: v.optional(oneOf(EVENT_STATUSES)),
	kind: v.optional(oneOf(EVENT_KINDS)),
	actors: v.optional(v.array(Id, 'should be a list of actor ids')),
	attributions: v.optional(v.array(AttributionSchema, 'should be a list of attributions')),
	summary: v.optional(Text),
	place: v.optional(PlaceSchema),
	sources: v.optional(v.array(SourceSchema, 'should be a list of sources')),
	tags: v.optional(v.array(Text, 'should be a list of tags')),
	/** Deaths a source reports (ACLED's `fatalities`). */
	fatalities: v.optional(
		v.pipe(
			v.number('should be a number of people'),
			v.integer('should be a whole number'),
			v.minValue(0, 'should not be negative')
		)
	),
	/** The event's id in an ACLED export, so that a new import updates it. */
	acledId: v.optional(Text)
});

export const LinkSchema = v.looseObject({
	from: Id,
	to: Id,
	label: v.optional(Text),
	basis: v.optional(oneOf(LINK_BASES)),
	hedge: v.optional(Text),
	note: v.optional(Text),
	sources: v.optional(v.array(SourceSchema, 'should be a list of sources'))
});

/** A period's end: a date, or ".." (EDTF's open end) for one that continues. */
const PeriodEnd = v.pipe(
	v.string('should be a date string such as "2024-06", or ".." for a period that continues'),
	v.check(
		(s) => s === '..' || (EDTF.test(s) && parseEdtf(s).ok),
		(i) =>
			`${quoted(i.input)} should be a date of the form YYYY, YYYY-MM or YYYY-MM-DD, or ".." for a period that continues`
	)
);

export const PeriodSchema = v.looseObject({
	id: Id,
	title: Title,
	date: EdtfText,
	endDate: v.optional(PeriodEnd),
	description: v.optional(Text)
});

export const StepLinkSchema = v.looseObject({ from: Id, to: Id });

export const StepSchema = v.looseObject({
	title: Title,
	text: Text,
	events: v.optional(v.array(Id, 'should be a list of event ids')),
	links: v.optional(v.array(StepLinkSchema, 'should be a list of links, each { "from", "to" }')),
	view: v.optional(
		v.pipe(
			v.string('should be a window such as "2024-06-01/2024-06-30"'),
			v.check(
				(s) => timeWindow(s) !== null,
				(i) =>
					`${quoted(i.input)} is not a window: two dates YYYY[-MM[-DD]] joined by "/", the second later`
			)
		)
	)
});

export const StorySchema = v.looseObject({
	id: Id,
	title: Title,
	summary: v.optional(Text),
	steps: v.pipe(
		v.array(StepSchema, 'should be a list of steps'),
		v.minLength(1, 'a story needs at least one step')
	)
});

export const DatasetSchema = v.looseObject({
	$schema: v.optional(Text),
	id: v.optional(Id),
	title: v.optional(Text),
	description: v.optional(Text),
	language: v.optional(Text),
	basedOn: v.optional(SourceSchema),
	actors: v.optional(v.array(ActorSchema, 'should be a list of actors')),
	events: v.array(EventSchema, 'should be a list of events'),
	links: v.optional(v.array(LinkSchema, 'should be a list of links')),
	periods: v.optional(v.array(PeriodSchema, 'should be a list of periods')),
	stories: v.optional(v.array(StorySchema, 'should be a list of stories')),
	/** Written by an export: what of which view the file holds. */
	exported: v.optional(
		v.looseObject({
			holds: v.optional(Text),
			filters: v.optional(Text),
			events: v.optional(v.number()),
			of: v.optional(v.number()),
			url: v.optional(Text)
		})
	)
});

export type RawDataset = v.InferOutput<typeof DatasetSchema>;
export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawLink = v.InferOutput<typeof LinkSchema>;

/** The fields the contract knows, per kind of object, for "unknown field" warnings. */
export const KNOWN_FIELDS = {
	dataset: Object.keys(DatasetSchema.entries),
	actor: Object.keys(ActorSchema.entries),
	event: Object.keys(EventSchema.entries),
	link: Object.keys(LinkSchema.entries),
	period: Object.keys(PeriodSchema.entries),
	source: Object.keys(SourceSchema.entries),
	attribution: Object.keys(AttributionSchema.entries),
	story: Object.keys(StorySchema.entries),
	step: Object.keys(StepSchema.entries),
	place: Object.keys(PlaceSchema.entries)
} as const;
