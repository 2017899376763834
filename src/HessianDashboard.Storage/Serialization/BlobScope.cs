namespace HessianDashboard.Storage.Serialization;

/// <summary>
/// The blob the converters of the current <see cref="CompactJson"/> call write to or read from. Serialisation is
/// synchronous, so a thread-static slot is enough (the shared converters stay stateless); outside a call both are null
/// and the converters write plain arrays.
/// </summary>
internal static class BlobScope
{
    [ThreadStatic] private static BlobWriter? t_writer;
    [ThreadStatic] private static byte[]? t_reader;

    public static BlobWriter? Writer => t_writer;

    public static byte[]? Reader => t_reader;

    public static (BlobWriter?, byte[]?) Enter(BlobWriter? writer, byte[]? reader)
    {
        var previous = (t_writer, t_reader);
        (t_writer, t_reader) = (writer, reader);
        return previous;
    }

    public static void Exit((BlobWriter? Writer, byte[]? Reader) previous) => (t_writer, t_reader) = previous;
}
