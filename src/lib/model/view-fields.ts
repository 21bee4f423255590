/**
 * A host's set command (`causeway:set`, `element.set()`): fields given as message values, read
 * as the URL would read them (view.ts), so a host can never set what a link could not say.
 */
import {
	bit,
	setField,
	VIEW_PARAMS,
	type KnownIds,
	type MessageForm,
	type ViewState
} from './view.ts';

/** A message value as URL text: undefined when it has the wrong type (the field is ignored). */
function messageText(form: MessageForm, value: unknown): string | undefined {
	if (form === 'list') {
		return Array.isArray(value)
			? value.filter((v): v is string => typeof v === 'string').join(',')
			: undefined;
	}
	if (form === 'flag') return typeof value === 'boolean' ? bit(value) : undefined;
	if (form === 'count') {
		if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
	}
	return typeof value === 'string' ? value : undefined;
}

/**
 * `current` with the settable fields that `fields` names replaced, validated like a URL: `null`
 * (or `[]`) clears a field to its default, a value of the wrong type is ignored, and a malformed
 * value reads as the URL would read it (usually the default).
 */
export function withFields(
	fields: Record<string, unknown>,
	current: ViewState,
	known: KnownIds = {}
): ViewState {
	const next = { ...current };
	for (const p of VIEW_PARAMS) {
		if (!p.message || !(p.key in fields)) continue;
		const value = fields[p.key];
		if (value === null) {
			setField(next, p.key, p.default);
			continue;
		}
		const text = messageText(p.message, value);
		if (text !== undefined) setField(next, p.key, p.parse(text, known));
	}
	return next;
}
