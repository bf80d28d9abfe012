// Turns the timeline-bench JSON results into the short report of `npm run bench`: one row per
// event count comparing our app with vis-timeline and TimelineJS (ready time, p95 frame time,
// retained heap, app/vis ratios), the issue's targets at 10k events, and every problem the app
// showed under the bench (errors, not ready, failed requests, a missing interaction surface).

export const APP = 'app';
const ANCHORS = ['vis', 'tljs'];
// Same tolerance as the harness (lib/stats.mjs): idle 60 Hz frames read 16.6-16.8 ms apart.
const FRAME_BUDGET_MS = 16.7;
const JITTER_MS = 1;
const TARGET_N = 10000;
const READY_FACTOR = 5;

const fmt = (/** @type {number | null | undefined} */ v, d = 0) => (v == null ? '-' : v.toFixed(d));

/** @param {any[]} results parsed JSON files written by run.mjs */
export function collect(results) {
	/** @type {Map<string, any>} "target|n" -> summary */
	const cells = new Map();
	const runs = [];
	for (const r of results) {
		for (const s of r.summary) cells.set(`${s.target}|${s.n}`, s);
		runs.push(...r.runs);
	}
	const sizes = [...new Set([...cells.values()].map((s) => s.n))].sort((a, b) => a - b);
	return { cells, runs, sizes };
}

/** @param {any} s a summary cell, @param {string} key median field, @param {number} d decimals */
function value(s, key, d) {
	if (!s) return 'not run';
	if (s.ready === 0) return s.status; // 'not ready' or 'failed'
	return fmt(s.median[key], d);
}

function ratio(/** @type {any} */ a, /** @type {any} */ b, /** @type {string} */ key) {
	const x = a?.ready ? a.median[key] : null;
	const y = b?.ready ? b.median[key] : null;
	return x == null || y == null || y === 0 ? '-' : `${(x / y).toFixed(2)}`;
}

/** Markdown table: per N, app / vis / tljs for ready ms, p95 frame ms and heap MB. */
export function compactTable(/** @type {ReturnType<typeof collect>} */ { cells, sizes }) {
	const metrics = [
		['ready ms', 'readyMs', 0],
		['p95 frame ms', 'p95', 1],
		['heap MB', 'heapMB', 1]
	];
	const head = ['N', ...metrics.flatMap(([h]) => [`${h} (app / vis / tljs)`, 'app÷vis'])];
	const rows = sizes.map((n) => {
		const [app, ...anchors] = [APP, ...ANCHORS].map((t) => cells.get(`${t}|${n}`));
		return [
			String(n),
			...metrics.flatMap(([, key, d]) => [
				[app, ...anchors].map((s) => value(s, /** @type {string} */ (key), /** @type {number} */ (d))).join(' / '),
				ratio(app, anchors[0], /** @type {string} */ (key))
			])
		];
	});
	const line = (/** @type {string[]} */ c) => `| ${c.join(' | ')} |`;
	return [line(head), line(head.map((_, i) => (i ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** The issue's targets at 10k events: p95 frame within one 60 Hz frame, ready <= vis ready / 5. */
export function targetChecks(/** @type {ReturnType<typeof collect>} */ { cells }) {
	const app = cells.get(`${APP}|${TARGET_N}`);
	const vis = cells.get(`vis|${TARGET_N}`);
	const out = [];
	const p95 = app?.ready ? app.median.p95 : null;
	out.push(
		p95 == null
			? `- p95 frame at ${TARGET_N} events < ${FRAME_BUDGET_MS} ms: NOT MEASURED`
			: `- p95 frame at ${TARGET_N} events < ${FRAME_BUDGET_MS} ms (+${JITTER_MS} ms timer jitter): ` +
					`${p95 <= FRAME_BUDGET_MS + JITTER_MS ? 'PASS' : 'FAIL'} (${fmt(p95, 1)} ms)`
	);
	const ready = app?.ready ? app.median.readyMs : null;
	const visReady = vis?.ready ? vis.median.readyMs : null;
	out.push(
		ready == null || visReady == null
			? `- ready at ${TARGET_N} events <= vis ready / ${READY_FACTOR}: NOT MEASURED (needs app and vis at N=${TARGET_N} in one run)`
			: `- ready at ${TARGET_N} events <= vis ready / ${READY_FACTOR}: ` +
					`${ready <= visReady / READY_FACTOR ? 'PASS' : 'FAIL'} (${fmt(ready)} ms vs ${fmt(visReady)} / ${READY_FACTOR} = ${fmt(visReady / READY_FACTOR)} ms)`
	);
	return out.join('\n');
}

/** Everything that went wrong for the app, one line each (empty when nothing did). */
export function appProblems(/** @type {ReturnType<typeof collect>} */ { cells, runs }) {
	const out = new Set();
	for (const s of cells.values()) if (s.target === APP) for (const n of s.notes) out.add(`N=${s.n}: ${n}`);
	for (const r of runs) {
		if (r.target !== APP) continue;
		const at = `N=${r.n} run ${r.repeat}`;
		if (r.status !== 'ok') out.add(`${at}: ${r.status}${r.waitedMs ? ` after ${r.waitedMs} ms` : ''}`);
		for (const e of r.errors) out.add(`${at}: ${e}`);
		if (r.consoleErrors) out.add(`${at}: ${r.consoleErrors} console error(s)`);
		for (const f of r.failedRequests) out.add(`${at}: failed request ${f}`);
		for (const [name, p] of Object.entries(r.interaction?.phases ?? {})) {
			if (p.surface === 'viewport') out.add(`${at}: ${name}: no [data-bench-surface] element, aimed at the viewport centre`);
			else if (!p.surfaceFound) out.add(`${at}: ${name}: no clear drag line on the surface`);
		}
	}
	return [...out];
}
