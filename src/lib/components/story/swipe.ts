/**
 * A horizontal swipe on touch, as an attachment: a finger that travels at least `MIN_SWIPE` px
 * sideways, and clearly more sideways than up or down, calls `onswipe` with +1 (swiped left: the
 * next step) or -1 (swiped right: the previous one). Mouse and pen drags are ignored, and so is a
 * swipe that starts on a control.
 */
export const MIN_SWIPE = 60;

/** +1, -1 or 0 for a travel of (dx, dy) px. */
export function swipeDirection(dx: number, dy: number): 1 | -1 | 0 {
	if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0;
	if (Math.abs(dx) < MIN_SWIPE || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
	return dx < 0 ? 1 : -1;
}

export function swipe(onswipe: (by: 1 | -1) => void) {
	return (el: HTMLElement) => {
		let start: { id: number; x: number; y: number } | null = null;
		const down = (e: PointerEvent) => {
			const control = (e.target as Element).closest('button, a, input, summary');
			start =
				e.pointerType === 'touch' && !control
					? { id: e.pointerId, x: e.clientX, y: e.clientY }
					: null;
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const by = swipeDirection(e.clientX - start.x, e.clientY - start.y);
			start = null;
			if (by !== 0) onswipe(by);
		};
		const cancel = () => (start = null);
		el.addEventListener('pointerdown', down);
		el.addEventListener('pointerup', up);
		el.addEventListener('pointercancel', cancel);
		return () => {
			el.removeEventListener('pointerdown', down);
			el.removeEventListener('pointerup', up);
			el.removeEventListener('pointercancel', cancel);
		};
	};
}
