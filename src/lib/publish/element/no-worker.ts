/** The web component's stand-in for io/parse-worker.ts: it reads datasets in place (see there). */
export const startParseWorker = (): Worker | null => null;
