/** Entry of /causeway.js: defines <causeway-timeline> (once, even if the script runs twice). */
import { CausewayTimelineElement } from './element.svelte';

if (!customElements.get('causeway-timeline')) {
	customElements.define('causeway-timeline', CausewayTimelineElement);
}
