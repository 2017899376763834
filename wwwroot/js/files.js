// Saving content as a file in the browser. Ours; see docs/decisions/003-apexcharts-interop.md.

/** Offers a Blob as a download named fileName. */
export function saveBlob(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The download has started from the URL by now; release it a little later, not synchronously.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function base64ToBytes(base64) {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

/**
  * Saves content built on the server. content is a DotNetStreamReference (streamed from .NET,
  * so not bound by SignalR's message size) or a base64 string for small payloads.
  */
export async function downloadFile(fileName, contentType, content) {
    const bytes = typeof content === 'string'
        ? base64ToBytes(content)
        : new Uint8Array(await content.arrayBuffer());
    saveBlob(new Blob([bytes], { type: contentType }), fileName);
}
