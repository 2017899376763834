namespace HessianDashboard.Web.Components.Compare;

/// <summary>Where a run of each kind is shown on its own (the pages that submit that kind reopen runs at /route/{id}).</summary>
public static class RunPages
{
    /// <summary>The run's own page (relative), or the Runs page for kinds without one.</summary>
    public static string Of(string kind, string id) => kind switch
    {
        "spectrum-comparison" => $"lab/{id}",
        "network-spectrum" => $"networks/spectrum/{id}",
        "train-mlp" or "train-nanogpt" => $"networks/train/{id}",
        "exact-vs-lanczos" => $"experiments/exact-vs-lanczos/{id}",
        "batch-size-study" => $"experiments/batch-size/{id}",
        "trajectory" => $"experiments/trajectory/{id}",
        "nanogpt-trajectory" => $"experiments/nanogpt/{id}",
        "block-spectra" => $"experiments/blocks/{id}",
        _ => "runs",
    };
}
