using System.Globalization;
using System.Text;
using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// A batch-size study's runs as CSV, one row per Lanczos run with everything needed to redo it: the batch (size,
/// seed, indices space-separated; empty for the full batch), its loss and ‖∇L‖, the timings (with the untimed warm-up
/// products before them; 0 for runs stored before warm-ups), the distances and the
/// spurious negatives (values space-separated). Invariant culture, round-trippable numbers, CRLF.
/// </summary>
internal static class BatchRunsCsv
{
    public const string Header = "run,batch_size,full,repeat,seed,loss,gradient_norm,lanczos_seconds,setup_seconds,warmup_products,warmup_seconds,ritz_values,l1,l2,spurious_count,spurious_values,status,indices";

    public static string ToCsv(BatchSizeStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var r in result.Runs)
        {
            string[] cells =
            [
                BatchSizeText.Name(r), Int(r.BatchSize), r.IsFull ? "true" : "false", Int(r.Repeat + 1), r.Seed.ToString(CultureInfo.InvariantCulture),
                Number(r.Loss), Number(r.GradientNorm), Number(r.LanczosSeconds), Number(r.SetupSeconds),
                Int(r.WarmupProducts), Number(r.WarmupSeconds), Int(r.Ritz.Length),
                Number(r.L1), Number(r.L2), Int(r.SpuriousNegatives.Length), string.Join(' ', r.SpuriousNegatives.Select(v => Number(v))),
                r.Status.ToString(), string.Join(' ', (r.Indices ?? []).Select(Int)),
            ];
            csv.AppendJoin(',', cells).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
