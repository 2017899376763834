namespace HessianDashboard.Experiments.Common;

/// <summary>A request was rejected before any work; <see cref="Errors"/> says why.</summary>
public sealed class RequestValidationException : ArgumentException
{
    public RequestValidationException(IReadOnlyList<string> errors)
        : base(string.Join(" ", errors)) => Errors = errors;

    public RequestValidationException() : this(["The request is invalid."]) { }

    public RequestValidationException(string message) : this([message]) { }

    public RequestValidationException(string message, Exception innerException) : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
