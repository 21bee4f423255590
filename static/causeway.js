/*! Causeway web component: <script src="https://YOUR-SITE/causeway.js" async></script>, then
 * <causeway-timeline src="…" actors="…"></causeway-timeline>. This classic script loads the
 * element's modules from the same site (/_causeway/element.js). */
(function () {
	'use strict';
	var script = document.currentScript;
	var from = script && script.src ? script.src : location.href;
	import(new URL('_causeway/element.js', from).href).catch(function (error) {
		console.error('Causeway: the web component could not load', error);
	});
})();
