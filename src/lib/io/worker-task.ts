/**
 * What a dataset worker (parse.worker.ts) does with a task from the page (load.ts), as replies
 * (worker-reply.ts). Two workers share a large file: a reader decodes, parses and validates it
 * without searching for repeated keys, while a checker searches it for them (and for syntax
 * errors) at the same time. A clean check lets the page take the reader's result; otherwise the
 * checker reads the file as the CLI does and its result, with the same messages, is the one.
 */
import { readJsonBytes } from '../model/json.ts';
import { parseDataset } from './remote.ts';
import { repliesFor, type WorkerReply } from './worker-reply.ts';

export type WorkerTask = {
	bytes: Uint8Array;
	url: string;
	/** `read`: the whole reading, keys checked unless `checkKeys` is false; `check`: the keys. */
	task: 'read' | 'check';
	checkKeys?: boolean;
};

export function* answer({
	bytes,
	url,
	task,
	checkKeys = true
}: WorkerTask): Generator<WorkerReply> {
	if (task === 'check' && readJsonBytes(bytes).ok) return yield { clean: true };
	yield* repliesFor(parseDataset(bytes, url, task === 'read' ? { checkKeys } : {}));
}
