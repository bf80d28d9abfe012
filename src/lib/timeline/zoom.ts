// Zoom/pan math on plain values (no d3-zoom import). Times are UTC ms, positions are px.
// The base scale maps the full extent [D0, D1] linearly onto [0, W]; a transform {k, x} maps a base
// position p to k·p + x (d3-zoom's convention), so transform.rescaleX(base).domain() equals
// windowForTransform(extent, W, t). A "window" is the visible time range [w0, w1] with w0 < w1.
// Functions return new tuples and never mutate their arguments.

export type Window = [number, number];

export interface Transform {
	k: number;
	x: number;
}

export interface SpanLimits {
	/** Smallest allowed window span, ms. */
	minSpanMs: number;
	/** Largest allowed window span, ms. */
	maxSpanMs: number;
}

/**
 * Transform {k, x} whose rescaled base scale has domain `window`.
 * Returns the identity for a degenerate extent, width or window (span <= 0).
 */
export function transformForWindow(extent: Window, width: number, window: Window): Transform {
	const extentSpan = extent[1] - extent[0];
	const span = window[1] - window[0];
	if (!(extentSpan > 0) || !(span > 0) || !(width > 0)) return { k: 1, x: 0 };
	const k = extentSpan / span;
	return { k, x: (-k * (window[0] - extent[0]) * width) / extentSpan };
}

/** Visible window [w0, w1] for transform `t` (inverse of transformForWindow). */
export function windowForTransform(extent: Window, width: number, t: Transform): Window {
	const extentSpan = extent[1] - extent[0];
	const toTime = (basePx: number) => extent[0] + (basePx / width) * extentSpan;
	return [toTime(-t.x / t.k), toTime((width - t.x) / t.k)];
}

/** d3-zoom scaleExtent [kMin, kMax] equivalent to the span limits (kMin from maxSpan, kMax from minSpan). */
export function scaleExtentFor(extent: Window, limits: SpanLimits): [number, number] {
	const extentSpan = extent[1] - extent[0];
	return [extentSpan / limits.maxSpanMs, extentSpan / limits.minSpanMs];
}

/**
 * Clamps a window: span into [minSpanMs, maxSpanMs] (keeping the centre), then shifts it (keeping the
 * span) to lie inside the padded extent [D0 - padMs, D1 + padMs]. Containment wins over the limits:
 * the span never exceeds the padded extent. A reversed window is treated as [min, max].
 */
export function clampWindow(extent: Window, window: Window, limits: SpanLimits & { padMs?: number }): Window {
	const pad = Math.max(0, limits.padMs ?? 0);
	const lo = extent[0] - pad;
	const hi = extent[1] + pad;
	const w0 = Math.min(window[0], window[1]);
	const w1 = Math.max(window[0], window[1]);
	const span = Math.min(Math.max(w1 - w0, limits.minSpanMs), limits.maxSpanMs, hi - lo);
	const centre = (w0 + w1) / 2;
	let start = centre - span / 2;
	if (start < lo) start = lo;
	if (start + span > hi) start = hi - span;
	return [start, start + span];
}

/**
 * Zooms by `factor` (> 1 zooms in, i.e. span / factor; like d3 scaleBy) keeping `centreMs` at the
 * same relative position in the window.
 */
export function zoomAround(window: Window, factor: number, centreMs: number): Window {
	return [centreMs - (centreMs - window[0]) / factor, centreMs + (window[1] - centreMs) / factor];
}

/** Shifts the window by `deltaMs` (positive = later). */
export function panBy(window: Window, deltaMs: number): Window {
	return [window[0] + deltaMs, window[1] + deltaMs];
}

/** Whole extent plus `padFraction` of its span on each side (±1 day for an empty extent). */
export function fitAll(extent: Window, padFraction = 0.03): Window {
	const span = extent[1] - extent[0];
	const pad = span > 0 ? span * padFraction : 86_400_000;
	return [extent[0] - pad, extent[1] + pad];
}

/** Same span, centred on `tMs`. */
export function centreOn(window: Window, tMs: number): Window {
	const half = (window[1] - window[0]) / 2;
	return [tMs - half, tMs + half];
}
