/** Entry of /causeway.js: defines <causeway-timeline>. */
import './CausewayTimeline.svelte';
