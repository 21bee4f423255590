/**
 * Pan and zoom gestures on one element, written into the timeline state: ctrl/⌘ + wheel and
 * trackpad pinch (which arrives as ctrl+wheel) zoom, a horizontal swipe or shift+wheel pans, and
 * a plain vertical wheel is left to the page so the chart never traps a reader scrolling past it
 * (`onwheelhint` tells the chart to say how to zoom); mouse or pen drag, one-finger horizontal drag and two-finger
 * pinch on touch, double-click to zoom in. Window and positions are captured at gesture start so
 * the scale never drifts mid-drag. Vertical touch scrolling is left to the page (touch-action).
 */
import type { Attachment } from 'svelte/attachments';
import {
	panByPixels,
	pinchWindow,
	wheelZoomFactor,
	zoomWindow,
	type TimeWindow
} from '$lib/layout/scale';

export interface PanZoomTarget {
	readonly window: TimeWindow;
	setWindow(w: TimeWindow): void;
	zoom(factor: number, anchor: number): void;
}

/** Pixels a pointer may move before a press becomes a drag (and its click is swallowed). */
const DRAG_THRESHOLD = 4;

/**
 * @param inset px on each side of the element that lie outside the time axis (the chart's
 *   gutters), so that anchors and drags map onto the plot's own width.
 */
export function panZoom(
	target: () => PanZoomTarget,
	inset: () => number = () => 0,
	onwheelhint: () => void = () => {}
): Attachment<HTMLElement> {
	return (element) => {
		const pointers = new Map<number, { x: number; y: number }>();
		let start: {
			window: TimeWindow;
			xs: number[];
			ys: number[];
			width: number;
			left: number;
		} | null = null;
		let dragged = false;
		let frame = 0;
		let pending: TimeWindow | null = null;

		const flush = () => {
			frame = 0;
			if (pending) target().setWindow(pending);
			pending = null;
		};
		const schedule = (w: TimeWindow) => {
			pending = w;
			if (!frame) frame = requestAnimationFrame(flush);
		};

		const rect = () => {
			const r = element.getBoundingClientRect();
			const i = Math.min(inset(), r.width / 4);
			return { left: r.left + i, width: r.width - 2 * i, height: r.height };
		};

		function begin() {
			const r = rect();
			start = {
				window: target().window,
				xs: [...pointers.values()].map((p) => p.x),
				ys: [...pointers.values()].map((p) => p.y),
				width: Math.max(1, r.width),
				left: r.left
			};
		}

		function onWheel(e: WheelEvent) {
			const r = rect();
			const anchor = Math.min(1, Math.max(0, (e.clientX - r.left) / Math.max(1, r.width)));
			const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
			// Shift turns a vertical wheel into a horizontal one (where the browser does not).
			const swap = e.shiftKey && e.deltaX === 0;
			const dx = (swap ? e.deltaY : e.deltaX) * scale;
			const dy = swap ? 0 : e.deltaY * scale;
			const zooming = e.ctrlKey || e.metaKey;
			if (!zooming && Math.abs(dx) > Math.abs(dy)) {
				// A horizontal trackpad swipe (or shift+wheel) pans.
				e.preventDefault();
				schedule(panByPixels(pending ?? target().window, dx, Math.max(1, r.width)));
				return;
			}
			if (dy === 0) return;
			if (!zooming) {
				onwheelhint();
				return;
			}
			e.preventDefault();
			schedule(zoomWindow(pending ?? target().window, wheelZoomFactor(dy), anchor));
		}

		function onPointerDown(e: PointerEvent) {
			if (e.button !== 0 && e.pointerType === 'mouse') return;
			pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
			if (pointers.size > 2) return;
			dragged = false;
			begin();
		}

		function onPointerMove(e: PointerEvent) {
			const p = pointers.get(e.pointerId);
			if (!p || !start) return;
			p.x = e.clientX;
			p.y = e.clientY;
			const xs = [...pointers.values()].map((q) => q.x);
			if (pointers.size === 1 && start.xs.length === 1) {
				const dx = xs[0] - start.xs[0];
				if (!dragged) {
					const dy = e.clientY - start.ys[0];
					if (Math.abs(dx) < DRAG_THRESHOLD && Math.abs(dy) < DRAG_THRESHOLD) return;
					dragged = true;
					element.setPointerCapture(e.pointerId);
					element.dataset.dragging = 'true';
				}
				schedule(panByPixels(start.window, -dx, start.width));
			} else if (pointers.size === 2 && start.xs.length === 2) {
				// Pinch: the instants under both fingers at the start stay under them.
				dragged = true;
				const { left, width } = start;
				const [a0, b0] = start.xs.map((x) => (x - left) / width);
				const [a1, b1] = xs.map((x) => (x - left) / width);
				const next = pinchWindow(start.window, [a0, b0], [a1, b1]);
				if (next) schedule(next);
			}
		}

		function onPointerUp(e: PointerEvent) {
			if (!pointers.delete(e.pointerId)) return;
			if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
			if (pointers.size > 0) begin();
			else {
				start = null;
				delete element.dataset.dragging;
			}
		}

		// A drag must not end in a click that selects or deselects.
		function onClick(e: MouseEvent) {
			if (dragged) {
				e.stopPropagation();
				e.preventDefault();
				dragged = false;
			}
		}

		function onDblClick(e: MouseEvent) {
			if ((e.target as Element).closest('[data-mark-key], button, a')) return;
			const r = rect();
			target().zoom(e.shiftKey ? 0.5 : 2, (e.clientX - r.left) / Math.max(1, r.width));
		}

		element.style.touchAction = 'pan-y';
		element.addEventListener('wheel', onWheel, { passive: false });
		element.addEventListener('pointerdown', onPointerDown);
		element.addEventListener('pointermove', onPointerMove);
		element.addEventListener('pointerup', onPointerUp);
		element.addEventListener('pointercancel', onPointerUp);
		element.addEventListener('click', onClick, true);
		element.addEventListener('dblclick', onDblClick);
		return () => {
			if (frame) cancelAnimationFrame(frame);
			element.removeEventListener('wheel', onWheel);
			element.removeEventListener('pointerdown', onPointerDown);
			element.removeEventListener('pointermove', onPointerMove);
			element.removeEventListener('pointerup', onPointerUp);
			element.removeEventListener('pointercancel', onPointerUp);
			element.removeEventListener('click', onClick, true);
			element.removeEventListener('dblclick', onDblClick);
		};
	};
}
