/** Hands one timeline's state down to its components, so several timelines can share a page. */
import { getContext, setContext } from 'svelte';
import type { TimelineState } from './timeline.svelte';

const KEY = Symbol('causeway-timeline');

export function setTimelineState(state: TimelineState): TimelineState {
	return setContext(KEY, state);
}

export function getTimelineState(): TimelineState {
	const state = getContext<TimelineState | undefined>(KEY);
	if (!state) throw new Error('getTimelineState() outside a timeline: call setTimelineState first');
	return state;
}
