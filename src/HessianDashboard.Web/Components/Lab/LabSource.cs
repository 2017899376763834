namespace HessianDashboard.Web.Components.Lab;

/// <summary>Where the lab's matrix comes from.</summary>
public enum LabSource
{
    /// <summary>A designed spectrum: A = Q diag(λ) Qᵀ, the truth is λ.</summary>
    Synthetic,

    /// <summary>An uploaded Matrix Market file.</summary>
    File,
}
