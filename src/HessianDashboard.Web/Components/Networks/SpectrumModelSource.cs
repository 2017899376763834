namespace HessianDashboard.Web.Components.Networks;

/// <summary>Where a network spectrum's parameters come from.</summary>
public enum SpectrumModelSource
{
    /// <summary>A checkpoint trained here or imported.</summary>
    Checkpoint,

    /// <summary>The model at a seeded initialisation.</summary>
    Initialisation,
}
