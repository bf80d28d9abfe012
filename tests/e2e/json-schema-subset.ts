// A small JSON Schema (draft-07) validator for the keywords our generated schema uses, for the
// e2e check that /data/timeline.schema.json validates /data/timeline.json. No full validator
// (ajv) is installed; any keyword this one does not know makes it throw rather than pass silently.

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', '$comment']);
const KNOWN = new Set([
	...ANNOTATIONS,
	'type',
	'properties',
	'required',
	'additionalProperties',
	'items',
	'enum',
	'const',
	'pattern',
	'minLength',
	'maxLength',
	'minItems',
	'maxItems',
	'minimum',
	'maximum',
	'format',
	'anyOf'
]);

function typeOf(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
	return typeof v;
}

function typeMatches(want: string, got: string): boolean {
	return want === got || (want === 'number' && got === 'integer');
}

/** Every error as "<JSON path>: <reason>"; an empty array means valid. */
export function validateJsonSchema(schema: unknown, value: unknown, path = '$'): string[] {
	if (schema === true || schema === undefined) return [];
	if (schema === false) return [`${path}: not allowed`];
	const s = schema as Schema;
	for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`unsupported JSON Schema keyword "${k}" at ${path}`);
	const errors: string[] = [];
	const got = typeOf(value);

	if (s.type !== undefined) {
		const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
		if (!types.some((t) => typeMatches(t, got))) return [`${path}: expected ${types.join('|')}, got ${got}`];
	}
	if (s.enum && !(s.enum as unknown[]).some((x) => JSON.stringify(x) === JSON.stringify(value)))
		errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
	if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value))
		errors.push(`${path}: must equal ${JSON.stringify(s.const)}`);
	if (s.anyOf && !(s.anyOf as unknown[]).some((sub) => validateJsonSchema(sub, value, path).length === 0))
		errors.push(`${path}: matches none of anyOf`);

	if (typeof value === 'string') {
		const len = [...value].length;
		if (typeof s.minLength === 'number' && len < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
		if (typeof s.maxLength === 'number' && len > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
		if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value))
			errors.push(`${path}: ${JSON.stringify(value)} does not match /${s.pattern}/`);
		if (s.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) errors.push(`${path}: not a URI`);
	}
	if (typeof value === 'number') {
		if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
		if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
	}
	if (Array.isArray(value)) {
		if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
		if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
		if (s.items !== undefined) value.forEach((x, i) => errors.push(...validateJsonSchema(s.items, x, `${path}[${i}]`)));
	}
	if (got === 'object') {
		const obj = value as Record<string, unknown>;
		const props = (s.properties ?? {}) as Record<string, unknown>;
		for (const r of (s.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}: missing required "${r}"`);
		for (const [k, v] of Object.entries(obj)) {
			if (k in props) errors.push(...validateJsonSchema(props[k], v, `${path}.${k}`));
			else if (s.additionalProperties !== undefined)
				errors.push(...validateJsonSchema(s.additionalProperties, v, `${path}.${k}`));
		}
	}
	return errors;
}
