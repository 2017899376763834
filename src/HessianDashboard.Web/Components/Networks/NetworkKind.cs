namespace HessianDashboard.Web.Components.Networks;

/// <summary>Which network a form trains or probes.</summary>
public enum NetworkKind
{
    /// <summary>The thesis MLP (784-16-10 sigmoid) on an image data set.</summary>
    Mlp,

    /// <summary>The character-level NanoGPT on TinyShakespeare.</summary>
    NanoGpt,
}
