namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>Where the block spectra's NanoGPT comes from.</summary>
public enum BlockModelSource
{
    /// <summary>A checkpoint of the embedded training run (trained once, then reused from the artifact store).</summary>
    Train,

    /// <summary>A NanoGPT checkpoint trained here or imported.</summary>
    Checkpoint,
}
