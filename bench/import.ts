/**
 * `npm run bench:import`: the ACLED import budget. Writes a deterministic ACLED-format CSV of
 * 5,000 rows (every column of an export, all three time precisions, associated actors, `;`-lists
 * of sources, notes with commas, quotes and line breaks) to a temporary folder, runs the CLI on it
 * as a user would (`npm run import -- … -o …` in a child process), three times, and
 * prints the median wall time against the budget (< 2 s). Exit 1 if an import fails.
 *
 * Options: `--rows <n>` (default 5000), `--runs <n>` (default 3), `--keep` (keep the folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dsvFormat, randomLcg } from 'd3';
import { median } from './stats.ts';

const BUDGET_MS = 2000;
const coreCount = () => availableParallelism();

export const ACLED_HEADER = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'disorder_type',
	'event_type',
	'sub_event_type',
	'actor1',
	'assoc_actor_1',
	'inter1',
	'actor2',
	'assoc_actor_2',
	'inter2',
	'interaction',
	'civilian_targeting',
	'iso',
	'region',
	'country',
	'admin1',
	'admin2',
	'admin3',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'source_scale',
	'notes',
	'fatalities',
	'tags',
	'timestamp'
];

const TYPES: [string, string, string[]][] = [
	['Political violence', 'Battles', ['Armed clash', 'Government regains territory']],
	[
		'Political violence',
		'Explosions/Remote violence',
		['Suicide bomb', 'Remote explosive/landmine/IED', 'Air/drone strike']
	],
	[
		'Political violence',
		'Violence against civilians',
		['Attack', 'Abduction/forced disappearance']
	],
	['Demonstrations', 'Protests', ['Peaceful protest', 'Protest with intervention']],
	['Political violence; Demonstrations', 'Riots', ['Violent demonstration', 'Mob violence']],
	[
		'Strategic developments',
		'Strategic developments',
		['Arrests', 'Agreement', 'Change to group/activity']
	]
];

const ACTORS: [string, string][] = [
	['Military Forces of Pakistan (2024-)', '1'],
	['Police Forces of Pakistan (2024-)', '1'],
	['TTP: Tehreek-i-Taliban Pakistan', '2'],
	['BLA: Balochistan Liberation Army', '2'],
	['Protesters (Pakistan)', '6'],
	['Rioters (Pakistan)', '5'],
	['Civilians (Pakistan)', '7'],
	['Unidentified Armed Group (Pakistan)', '3']
];

const PLACES: [string, string, string, number, number][] = [
	['Khyber Pakhtunkhwa', 'Shangla', 'Besham', 34.92, 72.87],
	['Khyber Pakhtunkhwa', 'North Waziristan', 'Mir Ali', 32.99, 70.3],
	['Khyber Pakhtunkhwa', 'Peshawar', 'Peshawar', 34.01, 71.58],
	['Balochistan', 'Gwadar', 'Gwadar', 25.12, 62.33],
	['Balochistan', 'Kech', 'Turbat', 26.0, 63.05],
	['Sindh', 'Karachi', 'Karachi', 24.86, 67.01],
	['Islamabad Capital Territory', 'Islamabad', 'Islamabad', 33.69, 73.05],
	['Punjab', 'Lahore', 'Lahore', 31.55, 74.34]
];

const SOURCES = [
	'Dawn',
	'The News International',
	'Express Tribune',
	'Business Recorder',
	'Xinhua'
];
const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);

/** `n` ACLED rows, the same for the same `n` and seed. */
export function acledCsv(n: number, seed = 20240326): string {
	const rand = randomLcg(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
	const start = Date.UTC(2018, 0, 1);
	const days = 365 * 7;
	const rows: string[][] = [];
	for (let i = 0; i < n; i++) {
		const day = new Date(start + Math.floor(rand() * days) * 86_400_000);
		const iso = day.toISOString().slice(0, 10);
		const r = rand();
		const precision = r < 0.7 ? '1' : r < 0.9 ? '2' : '3';
		const [disorder, type, subs] = pick(TYPES);
		const sub = pick(subs);
		const [a1, inter1] = pick(ACTORS);
		const [a2, inter2] = rand() < 0.6 ? pick(ACTORS) : ['', ''];
		const assoc = rand() < 0.3 ? `${pick(ACTORS)[0]}; Civilians (China)` : '';
		const [admin1, admin2, location, lat, lon] = pick(PLACES);
		const fatalities = type === 'Protests' ? 0 : Math.floor(rand() * rand() * 30);
		const sources = [...new Set([pick(SOURCES), pick(SOURCES)])].join('; ');
		const written = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
		const notes =
			`On ${written}, in ${location} (${admin2}, ${admin1}), ${a1} ${sub.toLowerCase()}` +
			(a2 ? ` involving ${a2}` : '') +
			`. ${fatalities} reported fatalities, "according to local officials".` +
			(rand() < 0.3 ? `\nUpdate: figures revised, police said; inquiry ongoing.` : '');
		rows.push([
			`PAK${100000 + i}`,
			iso,
			iso.slice(0, 4),
			precision,
			disorder,
			type,
			sub,
			a1,
			assoc,
			inter1,
			a2,
			'',
			inter2,
			`${inter1}${inter2}`,
			type === 'Violence against civilians' ? 'Civilian targeting' : '',
			'586',
			'Southern Asia',
			'Pakistan',
			admin1,
			admin2,
			'',
			location,
			(lat + rand() * 0.01).toFixed(4),
			(lon + rand() * 0.01).toFixed(4),
			pick(['1', '2', '3']),
			sources,
			pick(['National', 'Subnational', 'National-International']),
			notes,
			String(fatalities),
			'',
			String(1718000000 + i)
		]);
	}
	return dsvFormat(',').formatRows([ACLED_HEADER, ...rows]);
}

/**
 * CPU seconds (user + system) used so far by this process's finished children, on Linux
 * (/proc/self/stat, fields cutime and cstime); null elsewhere. Less sensitive than wall time to
 * other work on a shared machine.
 */
function childCpuMs(): number | null {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
		return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
	} catch {
		return null;
	}
}

/** Wall and CPU time of one command, in ms. */
function timed(cmd: string, args: string[]) {
	const cpu0 = childCpuMs();
	const t0 = performance.now();
	const child = spawnSync(cmd, args, { encoding: 'utf8' });
	const wall = performance.now() - t0;
	const cpu1 = childCpuMs();
	return { child, wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(name);
	const n = i === -1 ? fallback : Number(process.argv[i + 1]);
	return Number.isInteger(n) && n > 0 ? n : fallback;
}

function run(): number {
	const rowsCount = option('--rows', 5000);
	const runs = option('--runs', 3);
	const dir = mkdtempSync(join(tmpdir(), 'causeway-import-'));
	const file = join(dir, 'acled.csv');
	const out = join(dir, 'acled.json');
	writeFileSync(file, acledCsv(rowsCount));
	const times: number[] = [];
	const cpus: number[] = [];
	const startup: number[] = [];
	for (let i = 0; i < runs; i++) {
		// What npm, node and tsx cost before any of Causeway's code: an empty script.
		startup.push(timed('node', ['--import', 'tsx', '-e', '']).wall);
		// The command a user types.
		const { child, wall: ms, cpu } = timed('npm', ['run', '-s', 'import', '--', file, '-o', out]);
		if (cpu !== null) cpus.push(cpu);
		if (child.status !== 0) {
			console.error(child.stderr);
			console.error(`bench:import: the import failed (exit ${child.status})`);
			return 1;
		}
		const events = (JSON.parse(readFileSync(out, 'utf8')) as { events: unknown[] }).events.length;
		console.log(
			`run ${i + 1}: ${Math.round(ms)} ms${cpu === null ? '' : ` (CPU ${Math.round(cpu)} ms)`}, ${events} events; node --import tsx of an empty script: ${Math.round(startup[i])} ms`
		);
		times.push(ms);
	}
	if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
	else console.log(`files kept in ${dir}`);
	const m = median(times) ?? NaN;
	const verdict = m < BUDGET_MS ? 'within' : 'over';
	const cpu = median(cpus);
	const load = loadavg()[0].toFixed(1);
	console.log(
		`ACLED import of ${rowsCount} rows by the CLI (npm run import): median ${Math.round(m)} ms of ${runs} runs, ${verdict} the ${BUDGET_MS / 1000} s budget` +
			`${cpu === null ? '' : `; CPU ${Math.round(cpu)} ms`}; node and tsx alone ${Math.round(median(startup) ?? NaN)} ms; load average ${load} on ${coreCount()} cores`
	);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = run();
}
