/**
 * A dataset that passed validation, normalised into what the engine draws: the contract's
 * defaults filled in, dates parsed into spans, events in time order, link ids made unique, and a
 * missing id or title taken from the file name. Only fields of the contract are copied.
 */
import { linkKey } from './rules.ts';
import { parseEdtf } from '../dates.ts';
import type { RawDataset } from '../schema.ts';
import type {
	Actor,
	Attribution,
	CausalLink,
	Dataset,
	EdtfDate,
	Period,
	Source,
	Story,
	StoryStep,
	TimelineEvent
} from '../types.ts';
import { timeWindow } from '../view-values.ts';

const date = (text: string): EdtfDate => {
	const r = parseEdtf(text);
	if (!r.ok) throw new Error(`unreachable: ${text} passed the schema`);
	return r.date;
};

function copySource(s: Source): Source {
	const out: Source = { title: s.title };
	if (s.url !== undefined) out.url = s.url;
	if (s.publisher !== undefined) out.publisher = s.publisher;
	if (s.date !== undefined) out.date = s.date;
	return out;
}

const slug = (name: string) =>
	name
		.replace(/\.[^.]*$/, '')
		.replace(/[^A-Za-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64) || 'dataset';

/** `raw` must have passed the schema and the rules (every date parses). */
export function normalise(raw: RawDataset, fileName: string): Dataset {
	const actors: Actor[] = (raw.actors ?? []).map((a) => {
		const actor: Actor = { id: a.id, name: a.name };
		if (a.kind !== undefined) actor.kind = a.kind;
		if (a.description !== undefined) actor.description = a.description;
		return actor;
	});

	const events: TimelineEvent[] = raw.events.map((e) => {
		const d = date(e.date);
		const ed = e.endDate === undefined ? undefined : date(e.endDate);
		const event: TimelineEvent = {
			id: e.id,
			title: e.title,
			date: d,
			start: d.start,
			end: ed ? ed.end : d.end,
			status: e.status ?? 'reported',
			kind: e.kind ?? 'other',
			// An actor listed twice is one participant (warned in rules.ts).
			actors: e.actors ? [...new Set(e.actors)] : [],
			attributions: (e.attributions ?? []).map((a) => {
				const out: Attribution = {
					actor: a.actor,
					status: a.status,
					sources: (a.sources ?? []).map(copySource)
				};
				if (a.by !== undefined) out.by = a.by;
				if (a.note !== undefined) out.note = a.note;
				return out;
			}),
			sources: (e.sources ?? []).map(copySource),
			tags: e.tags ? [...e.tags] : [],
			order: 0
		};
		if (ed) event.endDate = ed;
		if (e.dateAsWritten !== undefined) event.dateAsWritten = e.dateAsWritten;
		if (e.summary !== undefined) event.summary = e.summary;
		if (e.fatalities !== undefined) event.fatalities = e.fatalities;
		if (e.acledId !== undefined) event.acledId = e.acledId;
		if (e.place) {
			event.place = { name: e.place.name };
			if (e.place.lat !== undefined) event.place.lat = e.place.lat;
			if (e.place.lon !== undefined) event.place.lon = e.place.lon;
		}
		return event;
	});
	events.sort(
		(a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	events.forEach((e, i) => (e.order = i));

	const seen = new Map<string, number>();
	// An exact copy of an earlier link is dropped (warned in rules.ts).
	const copies = new Set<string>();
	const unique = (raw.links ?? []).filter((l) => {
		const key = linkKey(l);
		if (copies.has(key)) return false;
		copies.add(key);
		return true;
	});
	const links: CausalLink[] = unique.map((l) => {
		const pair = `${l.from}->${l.to}`;
		const n = seen.get(pair) ?? 0;
		seen.set(pair, n + 1);
		const link: CausalLink = {
			id: n === 0 ? pair : `${pair}#${n + 1}`,
			from: l.from,
			to: l.to,
			label: l.label ?? 'led to',
			basis: l.basis ?? 'reported',
			sources: (l.sources ?? []).map(copySource)
		};
		if (l.hedge !== undefined) link.hedge = l.hedge;
		if (l.note !== undefined) link.note = l.note;
		return link;
	});

	// A period that continues runs to the end of what the timeline shows.
	const latest = events.reduce((m, e) => Math.max(m, e.end), -Infinity);
	const periods: Period[] = (raw.periods ?? []).map((p) => {
		const d = date(p.date);
		const open = p.endDate === undefined || p.endDate === '..';
		const ed = open ? undefined : date(p.endDate!);
		const period: Period = {
			id: p.id,
			title: p.title,
			date: d,
			start: d.start,
			end: ed ? ed.end : Math.max(d.end, latest),
			open
		};
		if (ed) period.endDate = ed;
		if (p.description !== undefined) period.description = p.description;
		return period;
	});

	const stories: Story[] = (raw.stories ?? []).map((st) => {
		const story: Story = {
			id: st.id,
			title: st.title,
			steps: st.steps.map((step) => {
				const out: StoryStep = {
					title: step.title,
					text: step.text,
					events: step.events ? [...step.events] : [],
					links: (step.links ?? []).map((l) => ({ from: l.from, to: l.to }))
				};
				const view = step.view === undefined ? null : timeWindow(step.view);
				if (view) out.view = view;
				return out;
			})
		};
		if (st.summary !== undefined) story.summary = st.summary;
		return story;
	});

	const base = fileName.split(/[/\\]/).pop() ?? fileName;
	const dataset: Dataset = {
		id: raw.id ?? slug(base),
		title: raw.title ?? base.replace(/\.json$/i, ''),
		actors,
		events,
		links,
		periods,
		stories
	};
	if (raw.description !== undefined) dataset.description = raw.description;
	if (raw.language !== undefined) dataset.language = raw.language;
	if (raw.basedOn) dataset.basedOn = copySource(raw.basedOn);
	return dataset;
}
