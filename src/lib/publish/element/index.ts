/** Entry of /causeway.js: defines <causeway-timeline> (once, even if the script runs twice). */
// The design tokens, in the one stylesheet the element links (their :root rules serve :host too).
import '../../../app.css';
import { CausewayTimelineElement } from './element.svelte';

if (!customElements.get('causeway-timeline')) {
	customElements.define('causeway-timeline', CausewayTimelineElement);
}
