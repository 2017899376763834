// Layout helpers: the theme preference (per browser) and the "interactive" marker browser tests wait for.
const THEME_KEY = 'hessian-dashboard.theme';

function apply(mode) {
    document.body.dataset.theme = mode;
    return mode;
}

/** The stored theme, else the operating system's preference: "dark" or "light". */
export function readTheme() {
    let stored = null;
    try {
        stored = localStorage.getItem(THEME_KEY);
    } catch {
        // Storage can be disabled (privacy settings); fall back to the OS preference.
    }
    if (stored === 'dark' || stored === 'light') return apply(stored);
    return apply(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** Remembers the theme for this browser. */
export function storeTheme(mode) {
    try {
        localStorage.setItem(THEME_KEY, mode);
    } catch {
        // Not persisted; the toggle still works for this session.
    }
    apply(mode);
}

/** Called by the layout once the circuit is interactive. */
export function markInteractive() {
    document.body.dataset.interactive = 'true';
}

/** Puts text on the clipboard (a view's link); rejects when the browser refuses (no permission, not a secure context). */
export async function copyText(text) {
    await navigator.clipboard.writeText(text);
}

/** Opens the browser's print dialog (where "Save as PDF" is a printer). */
export function printPage() {
    window.print();
}
