/**
 * How strongly each arrow is drawn, following the reader's attention: quiet by default, so marks
 * and labels read first; an event's own arrows strong while it is hovered or focused; with a
 * selection, its direct causes and effects strong, the rest of its chain quieter, others faint.
 * In a story (without a selection) the argument builds up: the step's links strong, earlier
 * steps' links quieter, everything else faint.
 */

export type ArrowEmphasis = 'strong' | 'chain' | 'quiet' | 'faint';

export interface EmphasisContext {
	/** The selected event, or null. */
	selectedId: string | null;
	/** The links on the selected event's causal chain (null without a selection). */
	chainLinks: ReadonlySet<string> | null;
	/** The event under the pointer or keyboard focus, or null. */
	attentionId: string | null;
	/** The story step on screen: the links it explains and those of the steps before it. */
	story?: { current: ReadonlySet<string>; earlier: ReadonlySet<string> } | null;
}

export function arrowEmphasis(
	link: { id: string; from: string; to: string },
	c: EmphasisContext
): ArrowEmphasis {
	const touches = (id: string | null) => id !== null && (link.from === id || link.to === id);
	if (touches(c.attentionId) || touches(c.selectedId)) return 'strong';
	if (c.selectedId === null && c.story) {
		if (c.story.current.has(link.id)) return 'strong';
		return c.story.earlier.has(link.id) ? 'chain' : 'faint';
	}
	if (c.selectedId === null) return 'quiet';
	return c.chainLinks?.has(link.id) ? 'chain' : 'faint';
}
