// Datasets imported with ?data=<url>: our open-data format, leniently (plain-string texts, optional
// fields absent). Returns the model or every issue found; never throws. Fetch problems, invalid
// JSON and schema/reference errors all come back as issues naming the file, path and reason.
import { lenient, type LooseTimeline } from './schema';
import { check, checkReferences, singleFile, type Issue } from './validate';
import { buildModel } from './model';

import type { ImportResult } from './fetch-dataset';
export type ValidationResult = { ok: true; timeline: LooseTimeline } | { ok: false; issues: Issue[] };

/** Parses and validates the text of a dataset (schema, then references). Pure; runs in a worker too. */
export function validateDatasetText(text: string, file: string): ValidationResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, issues: [{ file, path: '$', message: `is not valid JSON (${(e as Error).message})` }] };
	}
	return validateDataset(json, file);
}

/** Validates parsed JSON against the lenient schema, then cross-checks it. */
export function validateDataset(json: unknown, file: string): ValidationResult {
	const r = check(lenient.Timeline, json, file);
	if (!r.ok) return r;
	const issues = checkReferences(r.value, singleFile(file), false);
	return issues.length ? { ok: false, issues } : { ok: true, timeline: r.value };
}

/** Validates parsed JSON as a timeline and builds its model. */
export function parseDataset(json: unknown, file: string): ImportResult {
	const r = validateDataset(json, file);
	return r.ok ? { ok: true, model: buildModel(r.timeline) } : r;
}
