// The embed pages ship no SvelteKit router: their prerendered HTML is the view itself, and one
// library-built script (/_causeway/embed.js, shared with the web component) takes it over.
export const csr = false;
