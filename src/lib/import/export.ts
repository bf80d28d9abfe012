// The exporters that read back through the importer, for the editor and the export menu: our CSV
// (round-trips to the same timeline) and TimelineJS JSON. They live in src/lib/export/.
export { eventsToCsv, CSV_COLUMNS } from '$lib/export/csv';
export { eventsToTimelineJs, toTimelineJs, type TimelineJsFile } from '$lib/export/timelinejs';
