/**
 * <causeway-timeline>: a plain custom element whose observed attributes are the view table's
 * parameters (ELEMENT_ATTRIBUTES). It mounts the timeline (CausewayTimeline.svelte) in its own
 * shadow root and hands it the attributes as reactive state, so it follows their changes.
 */
import { mount, unmount } from 'svelte';
import { ELEMENT_ATTRIBUTES } from '$lib/model/view';
import CausewayTimeline from './CausewayTimeline.svelte';
import { siteBase } from './paths';

type App = { set(command: Record<string, unknown>): void };

export class CausewayTimelineElement extends HTMLElement {
	static observedAttributes = [...ELEMENT_ATTRIBUTES];

	#attrs: Record<string, string> = $state({});
	#app: App | null = null;

	constructor() {
		super();
		this.attachShadow({ mode: 'open' });
	}

	connectedCallback() {
		if (this.#app) return;
		for (const name of ELEMENT_ATTRIBUTES) this.#attrs[name] = this.getAttribute(name) ?? '';
		const root = this.shadowRoot!;
		// The components' styles (one file from the library build), before anything shows: the
		// timeline is mounted (and starts loading its data) at once, and is seen once they apply.
		let target = root.querySelector<HTMLElement>('[data-causeway-root]');
		if (!target) {
			const styles = document.createElement('link');
			styles.rel = 'stylesheet';
			styles.href = `${siteBase()}/_causeway/causeway.css`;
			const box = document.createElement('div');
			box.dataset.causewayRoot = '';
			box.style.visibility = 'hidden';
			const show = () => box.style.removeProperty('visibility');
			styles.addEventListener('load', show, { once: true });
			styles.addEventListener('error', show, { once: true });
			root.append(styles, box);
			target = box;
		}
		this.#app = mount(CausewayTimeline, {
			target,
			props: { attrs: this.#attrs, host: this }
		}) as App;
	}

	disconnectedCallback() {
		// Moving the element fires disconnect then connect: only a removal unmounts.
		queueMicrotask(() => {
			if (this.isConnected || !this.#app) return;
			void unmount(this.#app);
			this.#app = null;
		});
	}

	attributeChangedCallback(name: string, _old: string | null, value: string | null) {
		this.#attrs[name] = value ?? '';
	}

	/** Host API: like a `causeway:set` message (`{ event: 'id', actors: ['ttp'] }`). */
	set(command: Record<string, unknown>) {
		this.#app?.set(command);
	}
}
