// Our typed interop for ApexCharts (docs/decisions/003-apexcharts-interop.md).
// Options arrive from Blazor's JS interop as plain objects; nothing here evaluates or re-parses text.
// ApexCharts itself (restored from npm by the build into lib/apexcharts/) is loaded on first use.
import { saveBlob } from './files.js';

const LIB = new URL('../lib/apexcharts/', import.meta.url);
const charts = new Map();
let nextId = 1;
let loading = null;

function loadScript(url) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.async = false;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`Could not load ${url}; was the web project built (npm ci)?`));
        document.head.appendChild(script);
    });
}

function apexCharts() {
    loading ??= (async () => {
        if (!globalThis.ApexCharts) await loadScript(new URL('apexcharts.min.js', LIB).href);
        // The canvas series renderer for dense series (chart.renderer: "auto"); registers itself.
        if (!globalThis.ApexRendererCanvas) await loadScript(new URL('renderer-canvas.js', LIB).href);
        return globalThis.ApexCharts;
    })().catch(error => {
        loading = null;
        throw error;
    });
    return loading;
}

const SUPERSCRIPTS = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '.': '·' };

function exponent(value) {
    const rounded = Math.round(value);
    const text = Math.abs(value - rounded) < 1e-9 ? String(rounded) : String(Number(value.toFixed(2)));
    return [...text].map(c => SUPERSCRIPTS[c] ?? c).join('');
}

function numeric(format) {
    return value => (typeof value === 'number' && Number.isFinite(value) ? format(value) : '');
}

/** Tick formatters by the names of the C# enum TickFormat. */
export const formatters = Object.freeze({
    // A tick at -1e-17 (floating-point steps through zero) reads 0.00, not -0.00.
    fixed2: numeric(v => { const text = v.toFixed(2); return text === '-0.00' ? '0.00' : text; }),
    integer: numeric(v => String(Math.round(v))),
    wholeOrTenths: numeric(v => (Math.abs(v - Math.round(v)) < 1e-9 ? String(Math.round(v)) : v.toFixed(1))),
    scientific: numeric(v => v.toExponential(2)),
    log10Pow: numeric(v => `10${exponent(v)}`),
    exp2: numeric(v => `2${exponent(v)}`),
    power10: numeric(v => {
        const k = Math.round(Math.log10(Math.abs(v)));
        return v > 0 && Math.abs(v / 10 ** k - 1) < 1e-9 ? `10${exponent(k)}` : v.toExponential(2);
    }),
});

/** Row names of a strip chart: the label of tick i is names[i]; ticks between rows (and tooltips off a row) show nothing. */
function namesFormatter(names) {
    return numeric(v => {
        const i = Math.round(v);
        return Math.abs(v - i) < 1e-6 ? String(names[i] ?? '') : '';
    });
}

function applyAxisFormat(axis) {
    if (!axis?.labels || axis.labels.format === undefined) return;
    if (axis.labels.format === 'names') {
        axis.labels.formatter = namesFormatter(axis.labels.names ?? []);
        delete axis.labels.format;
        delete axis.labels.names;
        return;
    }
    const formatter = formatters[axis.labels.format];
    if (!formatter) throw new Error(`Unknown tick format "${axis.labels.format}".`);
    axis.labels.formatter = formatter;
    delete axis.labels.format;
}

// ApexCharts' dark theme keeps light grid lines; these follow the MudBlazor palettes instead.
const GRID_COLORS = { light: '#e0e0e0', dark: 'rgba(255, 255, 255, 0.12)' };

function themeOptions(mode) {
    return { theme: { mode }, chart: { background: 'transparent' }, grid: { borderColor: GRID_COLORS[mode] ?? GRID_COLORS.light } };
}

// In a chart with rangeArea bands ApexCharts draws the other series only from { x, y } objects (7.6.1 skips
// [x, y] pairs there), so such charts get objects; elsewhere the compact pairs stay.
function hasBands(options, series) {
    return options?.chart?.type === 'rangeArea' || (series ?? []).some(s => s?.type === 'rangeArea');
}

function asObjects(series) {
    return series.map(s => (s && Array.isArray(s.data)
        ? { ...s, data: s.data.map(p => (Array.isArray(p) ? { x: p[0], y: p[1] } : p)) }
        : s));
}

function prepare(options) {
    if (Array.isArray(options.series) && hasBands(options, options.series)) options.series = asObjects(options.series);
    for (const axis of [options.xaxis, options.yaxis].flat()) applyAxisFormat(axis);
    const mode = options.theme?.mode;
    if (mode && !options.grid) options.grid = themeOptions(mode).grid;
    return options;
}

function chartOf(id) {
    const chart = charts.get(id);
    if (!chart) throw new Error(`No chart with id ${id}.`);
    return chart;
}

const finite = value => (typeof value === 'number' && Number.isFinite(value) ? value : null);

// Pan ("scrolled") reports every mouse move; .NET hears the range at most this often.
const PAN_REPORT_MS = 150;

/**
  * Reports the chart's x range to listener (a DotNetObjectReference with OnZoomed(min, max)): after a zoom or a pan,
  * and (null, null) when the zoom is reset. ApexCharts calls zoomed after beforeResetZoom with the initial range; that
  * call is the reset already reported, so it is skipped.
  */
function listenToZoom(options, listener) {
    let resetting = false;
    let panTimer = null;
    const report = (min, max) => listener.invokeMethodAsync('OnZoomed', finite(min), finite(max)).catch(() => {
        // The circuit or the component is gone; nothing is listening any more.
    });
    const events = ((options.chart ??= {}).events ??= {});
    events.beforeResetZoom = () => {
        resetting = true;
        report(null, null);
        return undefined;
    };
    events.zoomed = (_, range) => {
        if (resetting) {
            resetting = false;
            return;
        }
        report(range?.xaxis?.min, range?.xaxis?.max);
    };
    events.scrolled = (_, range) => {
        clearTimeout(panTimer);
        panTimer = setTimeout(() => report(range?.xaxis?.min, range?.xaxis?.max), PAN_REPORT_MS);
    };
}

/**
  * Creates a chart in element; returns its id for the other calls. With zoomListener (a DotNetObjectReference), zooms,
  * pans and resets are reported to its OnZoomed(min, max); with initialX ({ min, max }) the chart starts zoomed to that
  * x range — zoomed, not clamped through xaxis.min/max, so the toolbar's reset returns to the whole data.
  */
export async function create(element, options, zoomListener, initialX) {
    const ApexCharts = await apexCharts();
    if (zoomListener) listenToZoom(options, zoomListener);
    const chart = new ApexCharts(element, prepare(options));
    await chart.render();
    const id = nextId++;
    charts.set(id, chart);
    const min = finite(initialX?.min), max = finite(initialX?.max);
    if (min !== null && max !== null && min < max) chart.zoomX(min, max);
    return id;
}

function withBands(chart, series) {
    return hasBands(chart.w.config, chart.w.config.series) || hasBands(null, series) ? asObjects(series) : series;
}

export async function updateSeries(id, series) {
    const chart = chartOf(id);
    await chart.updateSeries(withBands(chart, series));
}

/** Appends points: series[i].data extends the chart's series i. */
export async function appendData(id, series) {
    const chart = chartOf(id);
    await chart.appendData(withBands(chart, series));
}

export async function updateOptions(id, partialOptions) {
    const chart = chartOf(id);
    if (Array.isArray(partialOptions.series) && !partialOptions.chart?.type && hasBands(chart.w.config, chart.w.config.series)) {
        partialOptions.series = asObjects(partialOptions.series);
    }
    await chart.updateOptions(prepare(partialOptions), false, false);
}

/** "dark" or "light"; the background stays transparent so the card's colour shows. */
export async function setTheme(id, mode) {
    await chartOf(id).updateOptions(themeOptions(mode), false, false);
}

/** The chart as a PNG data URI. */
export async function exportPng(id) {
    const result = await chartOf(id).dataURI();
    return result.imgURI ?? await blobToDataUri(result.blob);
}

/** The chart as SVG markup. */
export async function exportSvg(id) {
    return await chartOf(id).getSvgString();
}

/** The exported image as bytes, for .NET to read as a stream (no message-size limit). */
export async function exportBytes(id, format) {
    if (format === 'svg') return new TextEncoder().encode(await exportSvg(id));
    const response = await fetch(await exportPng(id));
    return new Uint8Array(await response.arrayBuffer());
}

/** Saves the chart as an image in the browser. */
export async function downloadImage(id, format, fileName) {
    const blob = format === 'svg'
        ? new Blob([await exportSvg(id)], { type: 'image/svg+xml' })
        : await (await fetch(await exportPng(id))).blob();
    saveBlob(blob, fileName);
}

function chartIn(element) {
    for (const chart of charts.values()) {
        if (chart.el === element || element?.contains(chart.el)) return chart;
    }
    return null;
}

/** The number of data points the chart drawn in element holds (all series), or null when none is drawn there. */
export function pointCount(element) {
    const chart = chartIn(element);
    return chart ? chart.w.config.series.reduce((sum, series) => sum + (series.data?.length ?? 0), 0) : null;
}

/** The x range the chart drawn in element shows now ({ min, max }), or null when none is drawn there. */
export function xRange(element) {
    const chart = chartIn(element);
    return chart ? { min: chart.w.globals.minX, max: chart.w.globals.maxX } : null;
}

export function dispose(id) {
    const chart = charts.get(id);
    charts.delete(id);
    chart?.destroy();
}

function blobToDataUri(blob) {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
    });
}
