/**
 * TimelineJS's Text is HTML; Causeway shows text only. This turns it into plain text without a
 * DOM: scripts, styles and comments dropped with what they hold, line breaks for `<br>`,
 * paragraphs and list items, every other tag removed, entities decoded (after the tags are gone,
 * so `&lt;b&gt;` stays the literal text "<b>"), and the http(s) links of `<a href>` kept.
 */

export interface HtmlText {
	text: string;
	links: { url: string; text: string }[];
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	bull: '•',
	middot: '·',
	deg: '°',
	copy: '©',
	reg: '®',
	trade: '™',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	times: '×',
	divide: '÷',
	minus: '−',
	plusmn: '±',
	frac12: '½',
	iexcl: '¡',
	iquest: '¿',
	shy: '',
	zwj: '\u200d',
	zwnj: '\u200c',
	eacute: 'é',
	egrave: 'è',
	ecirc: 'ê',
	euml: 'ë',
	aacute: 'á',
	agrave: 'à',
	acirc: 'â',
	auml: 'ä',
	atilde: 'ã',
	aring: 'å',
	iacute: 'í',
	igrave: 'ì',
	icirc: 'î',
	iuml: 'ï',
	oacute: 'ó',
	ograve: 'ò',
	ocirc: 'ô',
	ouml: 'ö',
	otilde: 'õ',
	oslash: 'ø',
	uacute: 'ú',
	ugrave: 'ù',
	ucirc: 'û',
	uuml: 'ü',
	ntilde: 'ñ',
	ccedil: 'ç',
	szlig: 'ß',
	Eacute: 'É',
	Aacute: 'Á',
	Oacute: 'Ó',
	Uacute: 'Ú',
	Ntilde: 'Ñ',
	Ccedil: 'Ç',
	Auml: 'Ä',
	Ouml: 'Ö',
	Uuml: 'Ü'
};

/** A code point a text may hold; control characters, surrogates and NUL become U+FFFD. */
function codePoint(n: number): string {
	const bad =
		!Number.isFinite(n) ||
		n === 0 ||
		n > 0x10ffff ||
		(n >= 0xd800 && n <= 0xdfff) ||
		(n < 0x20 && n !== 0x09 && n !== 0x0a) ||
		(n >= 0x7f && n <= 0x9f);
	return bad ? '\uFFFD' : String.fromCodePoint(n);
}

/** Decodes named (from a table of the common ones) and numeric character references. */
export function decodeEntities(text: string): string {
	return text.replace(
		/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi,
		(whole, ref: string) => {
			if (ref[0] === '#') {
				const hex = ref[1] === 'x' || ref[1] === 'X';
				return codePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
			}
			return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
		}
	);
}

/** A tag: `<name …>` or `</name>`, attributes may hold `>` inside quotes. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:[^<>"']|"[^"]*"|'[^']*')*>/gi;
const ANCHOR = /<a\b((?:[^<>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

export function htmlToText(html: string): HtmlText {
	const links: HtmlText['links'] = [];
	let s = html
		.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
		.replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
		.replace(/\s+/g, ' ')
		.replace(ANCHOR, (whole, attrs: string, inner: string) => {
			const m = HREF.exec(attrs);
			const url = decodeEntities((m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim());
			const text = decodeEntities(inner.replace(TAG, '')).trim();
			if (/^https?:\/\//i.test(url)) links.push({ url, text });
			return inner;
		})
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|h[1-6]|blockquote|tr|ul|ol)\s*>/gi, '\n\n')
		.replace(/<li\b[^>]*>/gi, '\n');
	s = s.replace(TAG, '');
	// A "<" that opens no tag is text (e.g. "a < b"); only what looks like a tag was removed.
	s = decodeEntities(s)
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text: s, links };
}

/** The first `count` words of a text, with "…" when there were more. */
export function firstWords(text: string, count = 8): string {
	const words = text.split(/\s+/).filter(Boolean);
	return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
