/**
 * The filter popovers' behaviour beyond what <details> does by itself: Escape closes the open one
 * and gives focus back to its button; a press outside closes it and is kept from also acting on
 * what lies under it (ticking a box, selecting an event), unless it lands on another popover's
 * button of the same group, which then simply opens (the group's shared `name` lets only one
 * <details> be open, with or without JavaScript).
 */
import type { Attachment } from 'svelte/attachments';

/** What a press does to an open popover. */
export type PressOutcome = 'inside' | 'switch' | 'dismiss';

/**
 * `path` is the press's composed path (target first); `popover` the open <details>; `triggers`
 * the buttons (<summary>) of the other popovers in its group.
 */
export function pressOutcome(
	path: readonly EventTarget[],
	popover: EventTarget,
	triggers: readonly EventTarget[]
): PressOutcome {
	if (path.includes(popover)) return 'inside';
	return path.some((t) => triggers.includes(t)) ? 'switch' : 'dismiss';
}

const summaryOf = (details: HTMLDetailsElement) =>
	details.querySelector<HTMLElement>(':scope > summary');

/** The other popovers' buttons in the group (same `name`, same document or shadow root). */
function otherTriggers(details: HTMLDetailsElement): HTMLElement[] {
	const root = details.getRootNode() as Document | ShadowRoot;
	return [...root.querySelectorAll<HTMLDetailsElement>('details[name]')]
		.filter((d) => d !== details && d.name === details.name)
		.flatMap((d) => summaryOf(d) ?? []);
}

function focusIsInside(details: HTMLDetailsElement): boolean {
	const active = (details.getRootNode() as Document | ShadowRoot).activeElement;
	return active !== null && details.contains(active);
}

/** Attaches the behaviour to a <details> popover; listeners go when it does. */
export const dismissible: Attachment<HTMLDetailsElement> = (details) => {
	// Set by a press that dismissed the popover: the click it makes is then swallowed.
	let swallowClick = false;

	const close = (refocus: boolean) => {
		details.open = false;
		if (refocus) summaryOf(details)?.focus({ preventScroll: true });
	};

	const onKeydown = (e: KeyboardEvent) => {
		if (e.key !== 'Escape' || !details.open) return;
		// The page's own Escape (closing the details panel) must not act as well.
		e.preventDefault();
		e.stopPropagation();
		close(true);
	};

	const onPointerdown = (e: PointerEvent) => {
		swallowClick = false;
		if (!details.open) return;
		const outcome = pressOutcome(e.composedPath(), details, otherTriggers(details));
		if (outcome === 'inside') return;
		// Focus inside the closing panel would be lost: give it to the popover's button.
		close(focusIsInside(details));
		if (outcome === 'switch') return;
		swallowClick = true;
		// No mousedown, no focus change, no drag or selection starting under the press.
		e.preventDefault();
		e.stopPropagation();
	};

	const onClick = (e: MouseEvent) => {
		if (!swallowClick) return;
		swallowClick = false;
		e.preventDefault();
		e.stopPropagation();
	};

	details.addEventListener('keydown', onKeydown);
	window.addEventListener('pointerdown', onPointerdown, true);
	window.addEventListener('click', onClick, true);
	return () => {
		details.removeEventListener('keydown', onKeydown);
		window.removeEventListener('pointerdown', onPointerdown, true);
		window.removeEventListener('click', onClick, true);
	};
};
