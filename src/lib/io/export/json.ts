/**
 * The view as a Causeway JSON file in the author form (`model/schema.ts`): dates as their EDTF
 * text, no derived fields (start, end, order, link ids), empty optional lists and texts left out.
 * Normalisation keeps only the contract's fields, so there are no extra fields to carry back.
 * A filtered view says what it holds in a top-level `exported` field; the title stays as it is.
 */
import type {
	Actor,
	Attribution,
	CausalLink,
	Period,
	Source,
	Story,
	TimelineEvent
} from '../../model/types.ts';
import {
	exportName,
	holdsSentence,
	viewContent,
	type ExportFile,
	type ExportView
} from './view.ts';

type Raw = Record<string, unknown>;

/** Copies the fields of `from` named in `keys` that are set and not empty. */
function present<T extends object>(from: T, keys: readonly (keyof T)[]): Raw {
	const out: Raw = {};
	for (const key of keys) {
		const value = from[key];
		if (value === undefined || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		out[key as string] = value;
	}
	return out;
}

/** `list` under `key` unless it is empty. */
const listOf = (key: string, list: readonly unknown[]): Raw =>
	list.length === 0 ? {} : { [key]: list };

const rawSource = (s: Source): Raw => present(s, ['title', 'url', 'publisher', 'date']);

const rawActor = (a: Actor): Raw => present(a, ['id', 'name', 'kind', 'description']);

const rawAttribution = (a: Attribution): Raw => ({
	...present(a, ['actor', 'status', 'by', 'note']),
	...listOf('sources', a.sources.map(rawSource))
});

function rawEvent(e: TimelineEvent): Raw {
	const out: Raw = { id: e.id, title: e.title, date: e.date.text };
	if (e.endDate) out.endDate = e.endDate.text;
	if (e.dateAsWritten) out.dateAsWritten = e.dateAsWritten;
	if (e.status !== 'reported') out.status = e.status;
	out.kind = e.kind;
	Object.assign(
		out,
		listOf('actors', e.actors),
		listOf('attributions', e.attributions.map(rawAttribution))
	);
	if (e.summary) out.summary = e.summary;
	if (e.place) out.place = present(e.place, ['name', 'lat', 'lon']);
	Object.assign(out, present(e, ['fatalities', 'acledId']));
	return { ...out, ...listOf('sources', e.sources.map(rawSource)), ...listOf('tags', e.tags) };
}

const rawLink = (l: CausalLink): Raw => ({
	...present(l, ['from', 'to', 'label', 'basis', 'hedge', 'note']),
	...listOf('sources', l.sources.map(rawSource))
});

function rawPeriod(p: Period): Raw {
	const out: Raw = { id: p.id, title: p.title, date: p.date.text };
	// ".." is the contract's word for a period that continues.
	if (p.open) out.endDate = '..';
	else if (p.endDate) out.endDate = p.endDate.text;
	if (p.description) out.description = p.description;
	return out;
}

const rawStory = (s: Story): Raw => ({
	...present(s, ['id', 'title', 'summary']),
	steps: s.steps.map((step) => ({
		title: step.title,
		text: step.text,
		...listOf('events', step.events),
		...listOf('links', step.links),
		...(step.view ? { view: `${step.view.start}/${step.view.end}` } : {})
	}))
});

/** The view in the author form, as an object ready for JSON.stringify. */
export function rawView(view: ExportView): Raw {
	const c = viewContent(view);
	const d = c.dataset;
	const out: Raw = {
		...present(d, ['id', 'title', 'description', 'language']),
		...(d.basedOn ? { basedOn: rawSource(d.basedOn) } : {}),
		...listOf('actors', c.actors.map(rawActor)),
		events: c.events.map(rawEvent),
		...listOf('links', c.links.map(rawLink)),
		...listOf('periods', c.periods.map(rawPeriod)),
		...listOf('stories', c.stories.map(rawStory))
	};
	if (c.filtered || view.url) {
		out.exported = {
			holds: holdsSentence(view),
			...(view.filters?.trim() ? { filters: view.filters.trim() } : {}),
			events: c.events.length,
			of: d.events.length,
			...(view.url ? { url: view.url } : {})
		};
	}
	return out;
}

export function jsonFile(view: ExportView): ExportFile {
	return {
		name: exportName(view, '', 'json'),
		type: 'application/json',
		text: `${JSON.stringify(rawView(view), null, '\t')}\n`
	};
}
