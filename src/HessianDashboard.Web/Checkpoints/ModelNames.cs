using HessianDashboard.Torch.Models;

namespace HessianDashboard.Web.Checkpoints;

/// <summary>How pages name the model kinds.</summary>
public static class ModelNames
{
    public static string Display(ModelKind kind) => kind == ModelKind.NanoGpt ? "NanoGPT" : "MLP";
}
