// Benchmark preparation: a fresh production build (under the shared build lock), a private
// snapshot of it to serve, and a writable copy of the shared timeline-bench harness with its
// npm dependencies installed. Used by tests/bench/bench.mjs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_LOCK = '/tmp/build.lock';

/**
 * Run a command, its output going to `log`; throw with the log's tail when it fails.
 * @param {string} cmd @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string>, log: string }} o
 */
function run(cmd, args, { cwd, env, log }) {
	const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
	writeFileSync(log, `$ ${cmd} ${args.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}`);
	if (r.status !== 0) {
		const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
		throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}); log: ${log}\n${tail}`);
	}
}

/**
 * Builds the app (unless `build` is false) and copies build/ to `snapshot`, both while holding
 * the build lock, so another engineer's build can't change the files while the bench serves them.
 * @param {{ repo: string, snapshot: string, build: boolean, workDir: string }} o
 */
export function buildSnapshot({ repo, snapshot, build, workDir }) {
	const steps = [
		build ? 'npm run build' : null,
		'test -f build/index.html',
		`rm -rf '${snapshot}'`,
		`cp -r build '${snapshot}'`
	].filter(Boolean);
	run('flock', [BUILD_LOCK, 'sh', '-c', steps.join(' && ')], { cwd: repo, log: join(workDir, 'build.log') });
}

const sha = (/** @type {string} */ file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** @param {string} path */
function makeWritable(path) {
	const st = statSync(path);
	chmodSync(path, st.mode | 0o200);
	if (st.isDirectory()) for (const e of readdirSync(path)) makeWritable(join(path, e));
}

/**
 * Copies the read-only shared harness to `dest` (its source files every time, so edits to the
 * harness are picked up) and runs `npm ci` there when node_modules is missing or was installed
 * from another package-lock.json. Returns the path of its run.mjs.
 * @param {{ shared: string, dest: string, workDir: string }} o
 */
export function prepareHarness({ shared, dest, workDir }) {
	if (!existsSync(join(shared, 'run.mjs'))) throw new Error(`no timeline-bench harness at ${shared} (use --shared PATH)`);
	mkdirSync(dest, { recursive: true });
	const keep = new Set(['node_modules', 'results', 'data', '.installed-lock']);
	for (const e of readdirSync(shared)) {
		if (keep.has(e)) continue;
		rmSync(join(dest, e), { recursive: true, force: true });
		cpSync(join(shared, e), join(dest, e), { recursive: true });
		makeWritable(join(dest, e));
	}
	const stamp = join(dest, '.installed-lock');
	const want = sha(join(dest, 'package-lock.json'));
	const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
	if (have !== want || !existsSync(join(dest, 'node_modules', 'playwright-core'))) {
		console.error('bench: npm ci in the harness copy ...');
		run('npm', ['ci', '--no-audit', '--no-fund'], {
			cwd: dest,
			env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
			log: join(workDir, 'npm-ci.log')
		});
		writeFileSync(stamp, want + '\n');
	}
	return join(dest, 'run.mjs');
}
