// Server hook (runs while prerendering): sets the request's locale and the <html lang> attribute,
// and gives the pages that import ?data= (/ and /embed) the URL of the parsing worker, which
// app.html's inline script starts before the app loads.
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import parseWorker from '$lib/data/validate.worker?worker&url';

const IMPORTING_ROUTES = new Set(['/(app)', '/(embed)/embed']);

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		const worker = IMPORTING_ROUTES.has(event.route.id ?? '') ? parseWorker : '';
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%timeline.worker%', worker)
		});
	});
