/**
 * A value that a large dataset's controls show a frame after what it depends on changes: the
 * count of events shown answers in the frame of the click, and the menus' counts (each a pass
 * over every event) follow in a task of their own. A small dataset's follow at once. Created
 * by a component, during its initialisation (it registers an effect).
 */
import { untrack } from 'svelte';
import { afterNextFrame } from '$lib/behaviours/after-frame';

export class FollowsAfterFrame<T> {
	current: T = $state.raw() as T;

	/**
	 * `read`: the value (untracked); `inputs`: what it depends on, read to follow their changes
	 * without computing it; `lag`: whether it follows a frame later.
	 */
	constructor(read: () => T, inputs: () => unknown, lag: () => boolean) {
		this.current = untrack(read);
		$effect(() => {
			void inputs();
			if (!untrack(lag)) {
				this.current = untrack(read);
				return;
			}
			return afterNextFrame(() => (this.current = untrack(read)));
		});
	}
}
