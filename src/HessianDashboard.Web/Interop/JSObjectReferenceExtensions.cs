using Microsoft.JSInterop;

namespace HessianDashboard.Web.Interop;

/// <summary>Disposal of JS objects that tolerates a circuit that is already gone.</summary>
public static class JSObjectReferenceExtensions
{
    /// <summary>
    /// Disposes <paramref name="reference"/> (if any); a disconnected circuit or a cancelled call means
    /// the browser side is gone with everything it held, so there is nothing left to release.
    /// </summary>
    public static async ValueTask DisposeQuietlyAsync(this IJSObjectReference? reference)
    {
        if (reference is null) return;
        try
        {
            await reference.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        catch (OperationCanceledException)
        {
        }
    }
}
