/** Words for readers: kind names, link wording and the sentence that states a link. */
import { isSafeUrl } from './url.ts';
import type { CausalLink, EventKind, LinkBasis } from './types.ts';

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

export const BASIS_LABELS: Record<LinkBasis, string> = {
	reported: 'Reported: a source states this link',
	inferred: "Inferred: an author's argument, not an established fact",
	context:
		'Context: the editors of this timeline connect these events; neither a source nor the article does'
};

/** The basis as a one-word badge: "Reported", "Inferred", "Context". */
export const basisName = (basis: LinkBasis): string =>
	basis.charAt(0).toUpperCase() + basis.slice(1);

/** Single-word hedges that read well in front of the verb ("likely prompted"). */
const ADVERB_HEDGES = new Set(['perhaps', 'possibly', 'probably', 'presumably', 'arguably']);
const isAdverb = (hedge: string) => /^[a-z]+ly$/i.test(hedge) || ADVERB_HEDGES.has(hedge);

/** Collapses runs of spaces and stray spaces or doubled marks around punctuation. */
function tidy(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,;:.!?)])/g, '$1')
		.replace(/\(\s+/g, '(')
		.replace(/\(\)/g, '')
		.replace(/([,;:])(?:\s*[,;:])+/g, '$1')
		.trim();
}

/** Curly apostrophes and quotes compared as straight ones, case ignored. */
const fold = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

/** Whether `phrase` occurs in `text` as whole words. */
function containsWords(text: string, phrase: string): boolean {
	const escaped = fold(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** A link's wording, tidied: "led to" when empty, no trailing comma, no leading capital. */
function verbOf(label: string): string {
	const verb = tidy(label) || 'led to';
	// "Led to" in a sentence's middle reads "led to"; "US-backed …" keeps its capitals.
	return /^[A-Z][a-z]/.test(verb) ? verb.charAt(0).toLowerCase() + verb.slice(1) : verb;
}

export interface HedgedVerb {
	/** The verb phrase, with the hedge in front when it is an adverb ("likely prompted"). */
	verb: string;
	/** A hedge that could not join the verb ("wouldn’t be unforeseeable"): say it apart. */
	aside?: string;
}

/** The link's verb with its hedge said once: never "likely prompted … (likely)". */
export function hedgedVerb(link: Pick<CausalLink, 'label' | 'hedge'>): HedgedVerb {
	const verb = verbOf(link.label);
	const hedge = tidy(link.hedge ?? '');
	if (!hedge || containsWords(verb, hedge)) return { verb };
	if (isAdverb(hedge)) return { verb: `${hedge.toLowerCase()} ${verb}` };
	return { verb, aside: hedge };
}

/** "likely prompted the timing of": the link's verb, hedged once, without trailing punctuation. */
export function linkVerb(link: Pick<CausalLink, 'label' | 'hedge'>): string {
	const { verb, aside } = hedgedVerb(link);
	const bare = verb.replace(/[\s,;:]+$/, '');
	return aside ? `${bare} (in the source’s words, ${quote(aside)})` : bare;
}

/**
 * Text in double quotation marks; quotation marks inside become single ones, so they stay
 * balanced and nested correctly: `The “cypher” meeting` → `“The ‘cypher’ meeting”`.
 */
export function quote(text: string): string {
	const inner = tidy(text)
		.replace(/“/g, '‘')
		.replace(/”/g, '’')
		.replace(/"([^"]*)"/g, '‘$1’')
		.replace(/"/g, '');
	return `“${inner}”`;
}

/** Wraps text in quotation marks unless it already carries its own. */
export function quoteOnce(text: string): string {
	return /["“”]/.test(text) ? text : `“${text}”`;
}

/**
 * The sentence that states a link, in English:
 * `“The joint statement” likely prompted the timing of “The launch”.` Titles are quoted (or
 * not, for screen readers), the hedge is said once, the label's own punctuation is kept where it
 * belongs (`may have fed into, “X”`) and dropped where it would dangle.
 */
export function linkSentence(
	link: Pick<CausalLink, 'label' | 'hedge'>,
	fromTitle: string,
	toTitle: string,
	{ quoted = true, stop = true }: { quoted?: boolean; stop?: boolean } = {}
): string {
	const name = (t: string) => (quoted ? quote(t) : tidy(t));
	const { verb, aside } = hedgedVerb(link);
	// A label that ends on a quotation ("preceded the “long-overdue response”") names its object
	// in apposition: a comma keeps the two quotations apart.
	const joint = /[”"]$/.test(verb) ? `${verb},` : verb;
	// A label that opens with a clause set off by a comma ("if it disappoints, might lead to")
	// needs the comma that opens it too.
	const opening = OPENING_CLAUSE.test(verb) ? ',' : '';
	let sentence = tidy(`${name(fromTitle)}${opening} ${joint} ${name(toTitle)}`);
	if (aside) sentence += ` (in the source’s words, ${quote(aside)})`;
	sentence = sentence.replace(/[,;:]+$/, '');
	sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
	if (!stop || /[.!?][’”"]*$/.test(sentence)) return sentence;
	return `${sentence}.`;
}

const OPENING_CLAUSE = /^(if|when|once|unless|though|although|whether|in [^,]+ view)\b[^,]*,/i;

/** Only http, https and mailto URLs become links; anything else is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
	return url !== undefined && isSafeUrl(url) ? url : undefined;
}
