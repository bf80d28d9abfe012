#!/usr/bin/env node
// `npm run bench`: performance of the timeline against vis-timeline and TimelineJS, measured by
// the shared timeline-bench harness (../shared/bench) in headless Chromium on synthetic data.
//
//   npm run bench                       build, then N = 1000,10000,100000, 3 runs each
//   npm run bench -- --quick            N = 1000,10000, 1 run (a plumbing check, minutes)
//   npm run bench -- --no-build --sizes 10000 --repeats 5 -- --no-effect-check
//   npm run bench -- --import --no-build --sizes 10000 --repeats 1   import timings only (import.mjs)
//   npm run bench -- --editor --no-build --sizes 1000,10000           the editor only (editor.mjs)
//
// Steps: build (under /tmp/build.lock) and snapshot build/; copy the read-only harness to
// tests/bench/.work/bench and `npm ci` it; measure the gzipped JS of `/`; run the harness with the
// anchors in the same run for N <= --anchors-max, and the app alone above that; print a compact
// table and the issue's targets; write everything to tests/bench/results/<date>/. Reports only:
// nothing here asserts on timings. See tests/bench/README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../chromium.mjs';
import { buildSnapshot, prepareHarness } from './prepare.mjs';
import { measureJsOfHome } from './js-size.mjs';
import { APP, appProblems, collect, compactTable, targetChecks } from './report.mjs';
import { importTable, measureImports } from './import.mjs';
import { editorTable, measureEditor } from './editor.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const WORK = join(HERE, '.work');

const HELP = `Usage: npm run bench -- [options] [-- options for the harness's run.mjs]

  --quick             sizes 1000,10000 and 1 run each (overrides --sizes/--repeats)
  --import            only time importing files of N events (3 formats) with "Open a file" on /
                      (no harness, no anchors; e.g. --import --no-build --sizes 10000 --repeats 1)
  --editor            only time the editor (/edit) with a dropped file of N events: open, a
                      keystroke, scrolling the table (e.g. --editor --no-build --sizes 1000,10000)
  --sizes LIST        event counts (default 1000,10000,100000)
  --repeats R         measured runs per target and size; medians are reported (default 3)
  --targets LIST      anchors measured beside the app: vis,tljs (default), vis, tljs or none
  --anchors-max N     run the anchors only up to N events (default 10000); larger sizes run
                      the app alone, in a second harness invocation
  --no-build          don't run \`npm run build\`; measure the build/ that is there
  --shared PATH       the timeline-bench harness (default: ../shared/bench beside the repo)
  --chromium PATH     browser binary (default: found by tests/chromium.mjs)
  --out DIR           results folder (default tests/bench/results)
  -h, --help          this help
Everything after a second \`--\` goes to run.mjs as is (e.g. --ready-timeout 120000).`;

const { values: o, positionals: forward } = parseArgs({
	allowPositionals: true,
	options: {
		quick: { type: 'boolean', default: false },
		import: { type: 'boolean', default: false },
		editor: { type: 'boolean', default: false },
		sizes: { type: 'string', default: '1000,10000,100000' },
		repeats: { type: 'string', default: '3' },
		targets: { type: 'string', default: 'vis,tljs' },
		'anchors-max': { type: 'string', default: '10000' },
		'no-build': { type: 'boolean', default: false },
		shared: { type: 'string', default: resolve(REPO, '../shared/bench') },
		chromium: { type: 'string' },
		out: { type: 'string', default: join(HERE, 'results') },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (o.help) {
	console.log(HELP);
	process.exit(0);
}

const sizes = (o.quick ? '1000,10000' : o.sizes).split(',').map(Number);
const repeats = o.quick ? '1' : o.repeats;
const anchors = o.targets.split(',').filter((t) => t && t !== 'none' && t !== APP);
const anchorsMax = Number(o['anchors-max']);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--sizes wants positive integers');

const chromium = o.chromium ?? (await findChromium());
if (!chromium) {
	console.error(HOW_TO_GET_CHROMIUM);
	process.exit(1);
}
const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
const outDir = resolve(o.out, stamp);
mkdirSync(outDir, { recursive: true });
mkdirSync(WORK, { recursive: true });
const log = (/** @type {string} */ s) => console.error(`bench: ${s}`);

const loadAtStart = loadavg()[0];
if (loadAtStart > cpus().length * 0.5)
	log(`WARNING: load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs; numbers will be noisy`);

// 1. A fresh build, snapshotted so nobody's later build changes what is served.
const snapshot = join(WORK, 'build');
log(o['no-build'] ? 'snapshotting build/ (--no-build) ...' : 'npm run build (waiting for /tmp/build.lock) ...');
buildSnapshot({ repo: REPO, snapshot, build: !o['no-build'], workDir: WORK });

// --import: the import timings alone.
if (o.import) {
	log(`import: ${sizes.join(', ')} events, 3 formats, ${repeats} run(s) each ...`);
	const rows = await measureImports({ snapshot, chromium, sizes, repeats: Number(repeats) });
	const report = [
		`# Import benchmark ${stamp}`,
		'',
		`Headless Chromium, median of ${repeats} run(s); load average at start ${loadAtStart.toFixed(1)}. Target: 10,000 CSV rows in at most 1 s.`,
		'',
		importTable(rows),
		''
	].join('\n');
	writeFileSync(join(outDir, 'import.md'), report);
	writeFileSync(join(outDir, 'import.json'), JSON.stringify(rows, null, 1));
	console.log('\n' + report);
	process.exit(0);
}

// 2. The harness, copied out of the read-only shared folder.
const runMjs = prepareHarness({ shared: resolve(o.shared), dest: join(WORK, 'bench'), workDir: WORK });

// --editor: the editor's timings alone (served by the harness's server, which has the data).
if (o.editor) {
	log(`editor: /edit at N = ${sizes.join(', ')}, ${repeats} run(s) each ...`);
	const rows = await measureEditor({ harness: dirname(runMjs), snapshot, chromium, sizes, repeats: Number(repeats) });
	const report = [
		`# Editor benchmark ${stamp}`,
		'',
		`Headless Chromium, median of ${repeats} run(s); load average at start ${loadAtStart.toFixed(1)}. A file of N synthetic events dropped on /edit.`,
		'',
		editorTable(rows),
		''
	].join('\n');
	writeFileSync(join(outDir, 'editor.md'), report);
	writeFileSync(join(outDir, 'editor.json'), JSON.stringify(rows, null, 1));
	console.log('\n' + report);
	process.exit(0);
}

// 3. Gzipped JS of the home page.
log('measuring the JS of / ...');
const js = await measureJsOfHome({ harness: dirname(runMjs), snapshot, chromium });
const jsLine = `JS of / (gzipped): ${(js.gzipBytes / 1024).toFixed(1)} KB (${js.files.length} files; ${(js.rawBytes / 1024).toFixed(1)} KB uncompressed)`;
log(jsLine);

// 4. The harness: anchors in the same run up to --anchors-max, the app alone above.
const invocations = [
	{ name: 'compare', sizes: sizes.filter((n) => n <= anchorsMax), targets: [APP, ...anchors] },
	{ name: 'app-large', sizes: sizes.filter((n) => n > anchorsMax), targets: [APP] }
].filter((i) => i.sizes.length);
const results = [];
for (const inv of invocations) {
	const args = [
		runMjs,
		...['--serve', snapshot, '--target', `${APP}=/?data=/synthetic-{N}.json`],
		...['--targets', inv.targets.join(','), '--baseline', inv.targets.includes('vis') ? 'vis' : inv.targets[0]],
		...['--sizes', inv.sizes.join(','), '--repeats', repeats, '--chromium', chromium],
		...['--out', join(outDir, `${inv.name}.json`), '--md', join(outDir, `${inv.name}.md`)],
		...forward
	];
	log(`${inv.name}: ${inv.targets.join(', ')} at N = ${inv.sizes.join(', ')}, ${repeats} run(s) each`);
	const stdout = openSync(join(outDir, `${inv.name}.txt`), 'w');
	const r = spawnSync(process.execPath, args, { cwd: dirname(runMjs), stdio: ['ignore', stdout, 'inherit'] });
	closeSync(stdout);
	if (r.status !== 0) throw new Error(`run.mjs (${inv.name}) failed with exit ${r.status ?? r.signal}`);
	results.push(JSON.parse(readFileSync(join(outDir, `${inv.name}.json`), 'utf8')));
}

// 5. The report.
const data = collect(results);
const problems = [...js.problems.map((p) => `/ (no ?data=): ${p}`), ...appProblems(data)];
const large = sizes.filter((n) => n > anchorsMax);
const meta = results[0]?.meta;
const report = [
	`# Benchmark ${stamp}`,
	'',
	`${meta ? `${meta.browser} headless, ${meta.cpus} CPUs, ` : ''}median of ${repeats} run(s) per cell; ` +
		`load average at start ${loadAtStart.toFixed(1)}.`,
	'',
	jsLine,
	'',
	compactTable(data),
	'',
	large.length && anchors.length
		? `The anchors ran only up to N=${anchorsMax} (--anchors-max): TimelineJS needs about 11 s to load 10k events and ` +
			`runs out of the 120 s interaction budget there, and vis's input script already takes about 26 s at 10k. ` +
			`N=${large.join(', ')} was measured for the app alone, in a second run, so those rows have no ratios.\n`
		: '',
	'Targets (issue):',
	'',
	targetChecks(data),
	'',
	`Problems of the app under the bench: ${problems.length ? '\n\n' + problems.map((p) => `- ${p}`).join('\n') : 'none'}`,
	'',
	`Full tables: ${invocations.map((i) => `${i.name}.md`).join(', ')}; raw runs: ${invocations.map((i) => `${i.name}.json`).join(', ')} (in ${outDir}).`,
	''
].join('\n');
writeFileSync(join(outDir, 'summary.md'), report);
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ stamp, sizes, repeats: Number(repeats), anchors, anchorsMax, js, problems }, null, 1));
copyFileSync(join(outDir, 'summary.md'), resolve(o.out, 'latest.md'));
console.log('\n' + report);
