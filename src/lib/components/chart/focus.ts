/** Moving keyboard focus to a drawn event mark: the one query the chart used to repeat. */

/** The drawn mark of an event (its first, in the by-actor layout), or of a mark key. */
export function markElement(
	root: ParentNode | null | undefined,
	target: { eventId: string } | { key: string }
): SVGElement | null {
	if (!root) return null;
	const selector =
		'eventId' in target
			? `[data-mark-key][data-event-id="${CSS.escape(target.eventId)}"]`
			: `[data-mark-key="${CSS.escape(target.key)}"]`;
	return root.querySelector<SVGElement>(selector);
}

/** Focuses that mark without scrolling the page; true when there was one to focus. */
export function focusMark(
	root: ParentNode | null | undefined,
	target: { eventId: string } | { key: string }
): boolean {
	const el = markElement(root, target);
	el?.focus({ preventScroll: true });
	return el !== null;
}
