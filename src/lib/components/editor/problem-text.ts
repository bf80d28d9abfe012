// The schema's reasons (English, shared with the build and the importers) in the reader's language,
// for the editor's messages next to its fields. A reason not listed here is shown as it is.
import { m } from '$lib/i18n';

const RULES: [RegExp, (g: string[]) => string][] = [
	[/^is required/, () => m.ed_p_required()],
	[/must not be empty|needs "en" or "ru"|must be a string or an object/, () => m.ed_p_empty()],
	[/^must be a date written/, () => m.ed_p_date_format()],
	[/^must be a real date/, () => m.ed_p_date_real()],
	[/^must be an https:\/\/ URL/, () => m.ed_p_https()],
	[/^must be an http\(s\):\/\/ URL|^must be an absolute URL/, () => m.ed_p_url()],
	[/^end (\S+) is before start (\S+)$/, (g) => m.ed_p_end_before({ end: g[1]!, start: g[2]! })],
	[/^duplicate id "(.*)" \(also row (\d+)\)$/, (g) => m.ed_p_duplicate_row({ id: g[1]!, row: g[2]! })],
	[/^duplicate id "(.*)"/, (g) => m.ed_p_duplicate({ id: g[1]! })],
	[/^unknown track "(.*)"/, (g) => m.ed_p_unknown_lane({ id: g[1]! })],
	[/^unknown paragraph "(.*)"/, (g) => m.ed_p_unknown_paragraph({ ref: g[1]! })],
	[/^unknown event "(.*)"/, (g) => m.ed_p_unknown_event({ id: g[1]! })],
	[/^unknown theme "(.*)"/, (g) => m.ed_p_unknown_theme({ id: g[1]! })],
	[/^event "(.*)" lies outside the scene window/, (g) => m.ed_p_outside({ id: g[1]! })],
	[/^window ends/, () => m.ed_p_window()],
	[/^must be an id of/, () => m.ed_p_id()],
	[/^must be at most (\d+) characters/, (g) => m.ed_p_too_long({ n: g[1]! })],
	[/^needs at least one source/, () => m.ed_p_source()],
	[/^needs at least one/, () => m.ed_p_at_least_one()],
	[/^Invalid (type|option)/, () => m.ed_p_choose()]
];

export function problemText(reason: string): string {
	for (const [re, f] of RULES) {
		const g = re.exec(reason);
		if (g) return f(g);
	}
	return reason;
}
