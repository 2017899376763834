using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>
/// Keeps a view's state in the address bar: <see cref="Request"/> replaces the current history entry
/// (<c>NavigateTo(uri, replace: true)</c>, never a reload) once no newer request came for <see cref="Delay"/>, so a
/// slider or a zoom writes one entry, not hundreds. The write runs through the component's dispatcher.
/// </summary>
public sealed class DebouncedUrl : IDisposable
{
    /// <summary>300 ms after the last change.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(300);

    private readonly NavigationManager _navigation;
    private readonly Func<Action, Task> _invoke;
    private CancellationTokenSource? _pending;

    /// <param name="navigation">The circuit's navigation manager.</param>
    /// <param name="invoke">The component's <c>InvokeAsync</c>.</param>
    /// <param name="delay">The quiet time before writing; <see cref="DefaultDelay"/> when null.</param>
    public DebouncedUrl(NavigationManager navigation, Func<Action, Task> invoke, TimeSpan? delay = null)
    {
        _navigation = navigation ?? throw new ArgumentNullException(nameof(navigation));
        _invoke = invoke ?? throw new ArgumentNullException(nameof(invoke));
        Delay = delay ?? DefaultDelay;
    }

    /// <summary>The quiet time before a write.</summary>
    public TimeSpan Delay { get; }

    /// <summary>Writes <paramref name="relativeUri"/> after <see cref="Delay"/> unless another request comes first.</summary>
    public void Request(string relativeUri)
    {
        ArgumentNullException.ThrowIfNull(relativeUri);
        Cancel();
        var pending = _pending = new CancellationTokenSource();
        _ = WriteLaterAsync(relativeUri, pending.Token);
    }

    /// <summary>Drops a write not done yet.</summary>
    public void Cancel()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
    }

    public void Dispose() => Cancel();

    private async Task WriteLaterAsync(string relativeUri, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, cancellationToken).ConfigureAwait(false);
            await _invoke(() =>
            {
                if (cancellationToken.IsCancellationRequested) return;
                if (_navigation.ToAbsoluteUri(relativeUri).AbsoluteUri != _navigation.Uri) _navigation.NavigateTo(relativeUri, replace: true);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // a newer state replaced this one, or the view went away
        }
        catch (ObjectDisposedException)
        {
            // the component's renderer is gone with the circuit
        }
    }
}
