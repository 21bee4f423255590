/**
 * What dataset text may hold, and the tidying every dataset gets before it is checked: ids and
 * names trimmed and in Unicode NFC (so "Café" typed two ways is one name, and " ttp" is "ttp");
 * no control characters but tab and line breaks; no unpaired UTF-16 surrogates (caught here,
 * before any URL is built from the text); titles and names with at least one visible character.
 */

/** Fields holding an id or a reference to one. */
const ID_FIELDS = new Set(['id', 'from', 'to', 'actor', 'by']);
/** Lists of ids: an event's actors, a story step's events. */
const ID_LISTS = new Set(['actors', 'events']);
/** Names a reader sees as the thing's name. */
const NAME_FIELDS = new Set(['name', 'title']);

/** Printable ASCII with no space at either end: already trimmed and in NFC, tested faster. */
const TIDY_ASCII = /^[!-~](?:[ -~]*[!-~])?$/;
const tidy = (s: string) => (TIDY_ASCII.test(s) ? s : s.trim().normalize('NFC'));

/**
 * A copy of parsed JSON with ids, references and names trimmed and NFC-normalised; everything
 * else as it was. Lists of objects (the collections) are walked; a list of strings under
 * `actors` or `events` is a list of ids.
 */
export function tidyText(value: unknown, key = ''): unknown {
	if (typeof value === 'string') {
		return ID_FIELDS.has(key) || NAME_FIELDS.has(key) ? tidy(value) : value;
	}
	if (Array.isArray(value)) {
		return value.map((item) =>
			typeof item === 'string' ? (ID_LISTS.has(key) ? tidy(item) : item) : tidyText(item, key)
		);
	}
	if (typeof value === 'object' && value !== null) {
		const out: Record<string, unknown> = {};
		const record = value as Record<string, unknown>;
		for (const k of Object.keys(record)) out[k] = tidyText(record[k], k);
		return out;
	}
	return value;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text cannot be shown as it is (a control character, a lone surrogate), or null. */
export function textProblem(s: string): string | null {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) {
			const next = s.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
				continue;
			}
		}
		if (c >= 0xd800 && c <= 0xdfff) {
			return `contains a broken character at position ${i + 1} (${hex(c)}, half of a UTF-16 pair): the file was cut or converted badly`;
		}
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) {
			return `contains the control character ${hex(c)} at position ${i + 1}: only tabs and line breaks are allowed`;
		}
	}
	return null;
}

/** Whether a title or name has anything a reader can see (a letter, digit, mark of punctuation or symbol). */
export const hasVisibleText = (s: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(s);
