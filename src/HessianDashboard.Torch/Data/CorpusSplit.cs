namespace HessianDashboard.Torch.Data;

/// <summary>Which part of a <see cref="CharCorpus"/>: the first 90 % of tokens (train) or the last 10 % (validation).</summary>
public enum CorpusSplit
{
    /// <summary>Tokens [0, ⌊0.9 n⌋).</summary>
    Train,

    /// <summary>Tokens [⌊0.9 n⌋, n).</summary>
    Validation,
}
