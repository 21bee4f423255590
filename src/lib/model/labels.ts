/** Words for readers: kind names and link wording. */
import { isSafeUrl } from './url.ts';
import type { CausalLink, EventKind } from './types.ts';

export const KIND_LABELS: Record<EventKind, string> = {
	attack: 'Attack',
	diplomacy: 'Diplomacy',
	'military-operation': 'Military operation',
	political: 'Political',
	economic: 'Economic',
	publication: 'Publication',
	report: 'Report',
	statement: 'Statement',
	other: 'Other'
};

export const BASIS_LABELS = {
	reported: 'Reported: a source states this link',
	inferred: "Inferred: an author's argument, not an established fact"
} as const;

/** "prompted (likely)": the link's verb with the source's own hedge, if any. */
export function linkVerb(link: Pick<CausalLink, 'label' | 'hedge'>): string {
	return link.hedge ? `${link.label} (${link.hedge})` : link.label;
}

/** Only http, https and mailto URLs become links; anything else is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
	return url !== undefined && isSafeUrl(url) ? url : undefined;
}

/** Wraps text in quotation marks unless it already carries its own. */
export function quoteOnce(text: string): string {
	return /["“”]/.test(text) ? text : `“${text}”`;
}
