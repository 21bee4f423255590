/**
 * Served at any unknown address, where its relative paths would not resolve (scripts/serve.ts
 * makes them root-absolute): it needs no script, and it must not start the router at the
 * wrong address.
 */
export const csr = false;
