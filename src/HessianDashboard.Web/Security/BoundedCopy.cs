namespace HessianDashboard.Web.Security;

/// <summary>Copies an upload to a file, stopping past a byte limit: the limit holds whatever the client claimed (no Content-Length is trusted).</summary>
public static class BoundedCopy
{
    /// <summary>
    /// Copies at most <paramref name="maxBytes"/> + 1 bytes of <paramref name="source"/> to <paramref name="destination"/>.
    /// </summary>
    /// <returns>The bytes read; more than <paramref name="maxBytes"/> means the source is too large (the file then holds only a prefix).</returns>
    public static async Task<long> CopyAsync(Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes) break;
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return total;
    }
}
