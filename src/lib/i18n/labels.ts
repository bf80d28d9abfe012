// Labels of event kinds and adoption modes (EventDetails and the event pages). Apart from index.ts
// so that a page that shows no kind loads none of these messages: index.ts is in every first load.
import { m } from '$lib/paraglide/messages';

// Kinds and modes map to their messages by name, written out so that the bundler keeps only the
// messages a page uses (a lookup by computed name would pull every message into every page), and
// inside functions, so that a page that shows no kind loads none of them.

/** Label of an event kind ("resolution" -> "резолюция"); unknown kinds are shown as they are. */
export function kindLabel(kind: string): string {
	switch (kind) {
		case 'resolution': return m.kind_resolution();
		case 'report': return m.kind_report();
		case 'session': return m.kind_session();
		case 'process': return m.kind_process();
		case 'treaty': return m.kind_treaty();
		case 'signature': return m.kind_signature();
		case 'entry-into-force': return m['kind_entry-into-force']();
		case 'statement': return m.kind_statement();
		case 'declaration': return m.kind_declaration();
		case 'summit': return m.kind_summit();
		case 'conference': return m.kind_conference();
		case 'decision': return m.kind_decision();
		case 'letter': return m.kind_letter();
		case 'other': return m.kind_other();
		default: return kind;
	}
}

/** Label of an adoption mode ("consensus" -> "by consensus"). */
export function modeLabel(mode: string): string {
	switch (mode) {
		case 'consensus': return m.mode_consensus();
		case 'without-vote': return m['mode_without-vote']();
		case 'recorded-vote': return m['mode_recorded-vote']();
		case 'signature': return m.mode_signature();
		case 'no-consensus': return m['mode_no-consensus']();
		default: return mode;
	}
}
