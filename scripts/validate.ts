/**
 * `npm run validate -- <file.json> [...]`: checks datasets against the contract and prints every
 * problem, one per line, naming file, JSON path, item id and field. Exit 1 on any error.
 */
import { validateFile } from './validate-files.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: npm run validate -- <dataset.json> [more.json ...]');
	process.exit(2);
}

let failed = false;
for (const file of files) {
	const report = validateFile(file);
	for (const line of report.lines) (report.ok ? console.warn : console.error)(line);
	if (report.ok) console.log(report.summary);
	else {
		failed = true;
		const errors = report.lines.filter((l) => !l.includes(': warning: ')).length;
		console.error(`${file}: invalid: ${errors} error${errors === 1 ? '' : 's'}`);
	}
}
process.exit(failed ? 1 : 0);
