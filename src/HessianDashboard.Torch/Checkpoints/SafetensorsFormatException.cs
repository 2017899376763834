namespace HessianDashboard.Torch.Checkpoints;

/// <summary>A safetensors file or a checkpoint that does not fit its model, with what and where in the message.</summary>
public sealed class SafetensorsFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SafetensorsFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public SafetensorsFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception without a message.</summary>
    public SafetensorsFormatException() { }
}
