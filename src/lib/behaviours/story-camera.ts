/**
 * The story's camera: moves the chart to frame the step on screen, in the part the step card
 * leaves free (on a desktop the card lies over the chart's right column, like the details),
 * gliding there, or jumping when the reader prefers reduced motion or on a step's first showing;
 * on a phone, the page then scrolls the step's marks into sight above the card.
 */
import type { StepFocus } from '$lib/model/story';
import { stepTarget } from '$lib/layout/story-frame';
import type { TimeWindow } from '$lib/layout/scale';
import { revealDelta } from '$lib/components/content/sheet';
import { glideWindow, panelShare } from './glide';

/**
 * On a phone the card is held at the foot of the screen: once framed, the page scrolls the least
 * that shows the step's marks above it (the topmost first, when they do not all fit).
 */
function revealAboveCard(root: HTMLElement, ids: ReadonlySet<string>) {
	if (matchMedia('(min-width: 760px)').matches) return;
	const card = root.querySelector('[data-story-card]')?.getBoundingClientRect();
	const boxes = [...root.querySelectorAll('g[data-mark-key]')]
		.filter((g) => ids.has(g.getAttribute('data-event-id') ?? ''))
		.map((g) => g.getBoundingClientRect());
	if (!card || boxes.length === 0) return;
	const mark = {
		top: Math.min(...boxes.map((b) => b.top)),
		bottom: Math.max(...boxes.map((b) => b.bottom))
	};
	const delta = revealDelta(mark, { from: 0, to: Math.min(card.top, window.innerHeight) });
	const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
	if (delta !== 0) window.scrollBy({ top: delta, behavior: still ? 'instant' : 'smooth' });
}

interface Camera {
	window: TimeWindow;
	reserveRight: number;
	setWindow: (w: TimeWindow, user?: boolean) => void;
}

/**
 * Frames the step (gliding unless `jump`). Returns a function that stops the glide.
 * @param root the timeline's grid, whose columns say where the card lies
 */
export function frameStep(
	root: HTMLElement,
	view: { gutter: number; width: number; labels: ReadonlyMap<string, { width: number }> },
	tl: Camera,
	focus: StepFocus,
	jump: boolean
): () => void {
	const { share, free } = panelShare(root, view);
	tl.reserveRight = share;
	const to = stepTarget(
		focus,
		{ width: view.width, free },
		(id) => view.labels.get(id)?.width ?? 0
	);
	if (!to) return () => {};
	const set = (w: TimeWindow) => tl.setWindow(w, false);
	return glideWindow(set, tl.window, to, jump ? 0 : 450, () =>
		requestAnimationFrame(() => revealAboveCard(root, focus.current))
	);
}
