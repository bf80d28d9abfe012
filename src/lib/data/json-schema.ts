// JSON Schema (draft-07) of the open-data file, generated from the strict valibot schema.
import { toJsonSchema } from '@valibot/to-json-schema';
import { strict } from './schema';

export function timelineJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(strict.Timeline, {
		errorMode: 'ignore',
		// Custom checks (real calendar dates, https) cannot be expressed; the regexes and types are.
		overrideAction: ({ valibotAction, jsonSchema }) => {
			if (valibotAction.type === 'check') return jsonSchema;
			return jsonSchema;
		}
	});
	return {
		...schema,
		$id: 'timeline.schema.json',
		title: 'Information security policy timeline',
		description:
			'Open data of the timeline: documents with their paragraphs (ru, en), tracks, themes and events. Dates are ISO 8601 strings of their precision (2009, 2009-06, 2009-06-16, 2009-06-16T14:30); paragraph references are written <documentId>#<paragraphId>.'
	};
}
