namespace HessianDashboard.Web.Checkpoints;

/// <summary>Where a listed checkpoint came from.</summary>
public enum CheckpointOrigin
{
    /// <summary>Written by a training run here (the artifact store's <c>checkpoints/</c>).</summary>
    Trained,

    /// <summary>Uploaded on the checkpoints page (the artifact store's <c>imported/</c>).</summary>
    Imported,
}
