// Server hook (runs while prerendering): sets the request's locale and the <html lang> attribute,
// and gives the pages that import ?data= (/ and /embed) the URL (and type) of the import worker, which
// app.html's inline script starts before the app loads.
import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import importWorker from '$lib/import/import.worker?worker&url';

const IMPORTING_ROUTES = new Set(['/(app)', '/(embed)/embed']);
// Vite serves workers as ES modules in development and bundles them into classic scripts for builds.
const WORKER_TYPE = dev ? 'module' : 'classic';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		const worker = IMPORTING_ROUTES.has(event.route.id ?? '') ? importWorker : '';
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%timeline.worker%', worker)
					.replace('%timeline.worker-type%', WORKER_TYPE)
		});
	});
