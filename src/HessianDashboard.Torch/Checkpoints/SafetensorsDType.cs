namespace HessianDashboard.Torch.Checkpoints;

/// <summary>The safetensors element types this project reads and writes (little-endian IEEE floats).</summary>
public enum SafetensorsDType
{
    /// <summary>"F32": 4-byte IEEE single.</summary>
    F32,

    /// <summary>"F64": 8-byte IEEE double.</summary>
    F64,
}

/// <summary>Sizes and header spellings of <see cref="SafetensorsDType"/>.</summary>
public static class SafetensorsDTypes
{
    /// <summary>Bytes per element.</summary>
    public static int Size(this SafetensorsDType type) => type == SafetensorsDType.F64 ? 8 : 4;

    /// <summary>The header spelling, "F32" or "F64".</summary>
    public static string HeaderName(this SafetensorsDType type) => type == SafetensorsDType.F64 ? "F64" : "F32";

    /// <summary>Parses a header dtype; the other safetensors types (F16, BF16, I64, …) are rejected by name.</summary>
    /// <exception cref="SafetensorsFormatException">Not F32 or F64.</exception>
    public static SafetensorsDType Parse(string? name, string tensor) => name switch
    {
        "F32" => SafetensorsDType.F32,
        "F64" => SafetensorsDType.F64,
        _ => throw new SafetensorsFormatException(
            $"Tensor '{tensor}' has dtype '{name}'; only F32 and F64 are supported (convert with tensor.float() or .double() before saving)."),
    };
}
