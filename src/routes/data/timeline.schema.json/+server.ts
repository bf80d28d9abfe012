// JSON Schema of /data/timeline.json, generated from the same valibot schema.
import { json } from '@sveltejs/kit';
import { timelineJsonSchema } from '$lib/data/json-schema';

export const prerender = true;
export const GET = () => json(timelineJsonSchema());
