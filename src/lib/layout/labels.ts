/**
 * Text measurement without a DOM: a deterministic, slightly generous per-character estimate for
 * a sans-serif UI font, good enough to keep labels from overlapping.
 */

const ELLIPSIS = '…';
/** Tolerance for float sums of per-character widths. */
const EPSILON = 1e-9;

const NARROW = new Set([..."ijlI.,:;'!|`ʼ‘’‚·"]);
const SEMI_NARROW = new Set([...'frt()[]{}-/\\"“”*°']);
const WIDE = new Set([...'MWm—…@%']);
const SEMI_WIDE = new Set([...'w']);

/** Width of one code point, in em. */
function charEm(ch: string): number {
	const c = ch.codePointAt(0) ?? 0;
	if (ch === ' ' || ch === '\u00a0') return 0.28;
	if (ch === '\t') return 1.12;
	// Combining marks, zero-width joiners/spaces, variation selectors.
	if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f)) {
		return 0;
	}
	if (c < 0x20 || c === 0x7f) return 0;
	if (NARROW.has(ch)) return 0.3;
	if (SEMI_NARROW.has(ch)) return 0.38;
	if (WIDE.has(ch)) return 0.9;
	if (SEMI_WIDE.has(ch)) return 0.76;
	if (ch >= '0' && ch <= '9') return 0.55;
	// CJK, Hangul, full-width forms, and emoji and other astral symbols: about a full em.
	if (
		(c >= 0x1100 && c <= 0x115f) ||
		(c >= 0x2e80 && c <= 0xa4cf) ||
		(c >= 0xac00 && c <= 0xd7a3) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		c >= 0x1f000
	) {
		return 1;
	}
	if (ch !== ch.toLowerCase()) return 0.68;
	return 0.52;
}

/** charEm of each ASCII character, looked up rather than worked out: 50,000 titles are measured at once. */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, c) => charEm(String.fromCharCode(c)));

function sizeOf(fontSize: number): number {
	return Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 0;
}

/**
 * Estimated rendered width (px) of `text` at `fontSize` px in a sans-serif font, without padding.
 * Narrow characters (i, l, punctuation) ~0.3em, lowercase ~0.52em, digits 0.55em, uppercase
 * ~0.68em, M/W ~0.9em, space 0.28em, CJK and emoji 1em.
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
	if (typeof text !== 'string' || text === '') return 0;
	const size = sizeOf(fontSize);
	let em = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 128) {
			em += ASCII_EM[c];
			continue;
		}
		const point = text.codePointAt(i) ?? c;
		em += charEm(String.fromCodePoint(point));
		if (point > 0xffff) i++;
	}
	return em * size;
}

/**
 * `text` if it fits in `maxWidth` px, else its longest prefix (trailing spaces dropped) followed
 * by "…" that fits; "…" alone if no character fits with it; '' if not even "…" fits.
 */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
	if (typeof text !== 'string' || text === '') return '';
	if (Number.isNaN(maxWidth)) return '';
	if (estimateTextWidth(text, fontSize) <= maxWidth + EPSILON) return text;
	const size = sizeOf(fontSize);
	const budget = maxWidth - charEm(ELLIPSIS) * size + EPSILON;
	if (budget < 0) return '';
	const chars = Array.from(text);
	let used = 0;
	let n = 0;
	while (n < chars.length) {
		const next = used + charEm(chars[n]) * size;
		if (next > budget) break;
		used = next;
		n++;
	}
	return chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
}

/**
 * Like {@link truncate}, but cut between words where the text has more than one, so that what a
 * label shows is made of whole words ("Bus bombing kills nine…", not "Bus bombing kills ni…"),
 * which a screen reader's name for the mark then contains. A single long word is cut as usual.
 */
export function truncateWords(text: string, maxWidth: number, fontSize = 12): string {
	const cut = truncate(text, maxWidth, fontSize);
	if (cut === text || !cut.endsWith(ELLIPSIS)) return cut;
	let kept = cut.slice(0, -ELLIPSIS.length);
	const next = text.slice(kept.length, kept.length + 1);
	if (next !== '' && !/\s/.test(next)) {
		const space = kept.search(/\s\S*$/);
		if (space <= 0) return cut;
		kept = kept.slice(0, space).trimEnd();
	}
	// Nor end on a word that opens a bracket ("… (the…"): screen readers' checks trip on it.
	while (/\s[([{][^\s]*$/.test(kept)) kept = kept.replace(/\s\S*$/, '').trimEnd();
	return kept + ELLIPSIS;
}
