namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One side of <see cref="Outliers"/>: with sign s = +1 (above) or −1 (below) and distances u = s(θ − c) &gt; 0 from the
/// bulk centre, the search window, the gap ratios u_i/u_{i+1}, the count, the bulk edge and the cut. Values are
/// reported as θ (not u), extreme first.
/// </summary>
internal static class OutlierSide
{
    /// <summary>c, the mass budget K/n of the window and ρ_min.</summary>
    public sealed record Settings(double Centre, double WindowMass, double MinimumGapRatio);

    /// <summary>r outliers, the compared values and ratios, the bulk edge θ_{r+1} (the extreme value when r = 0) and the cut.</summary>
    public sealed record Side(int Count, double[] Outliers, double[] Candidates, double[] Ratios, double Edge, double Threshold);

    public static Side Find(IReadOnlyList<double> values, double[] mass, IReadOnlyList<bool>? resolved, int sign, Settings settings)
    {
        double c = settings.Centre;
        double U(int i) => sign * (values[i] - c);
        var order = Enumerable.Range(0, values.Count).Where(i => U(i) > 0).OrderByDescending(U).ThenBy(i => i).ToArray();

        // The window: resolved values from the extreme inwards while less than K/n of the mass lies beyond them (for 1/n
        // weights: the K most extreme values), then one more to compare with. The factor absorbs summation rounding.
        double budget = settings.WindowMass * (1 - 1e-9), beyond = 0;
        int members = 0;
        while (members < order.Length && beyond < budget && (resolved is null || resolved[order[members]]))
            beyond += mass[order[members++]];
        int compared = Math.Min(order.Length, members + 1);
        var ratios = new double[Math.Max(0, Math.Min(members, compared - 1))];
        for (int i = 0; i < ratios.Length; i++) ratios[i] = U(order[i]) / U(order[i + 1]);

        int r = 0;
        double best = 1;
        for (int i = 0; i < ratios.Length; i++)
            if (ratios[i] > best) (r, best) = (i + 1, ratios[i]);
        if (best < settings.MinimumGapRatio) r = 0;

        double extreme = sign > 0 ? values.Max() : values.Min();
        double edge = r == 0 ? extreme : values[order[r]];
        double threshold = r == 0 ? extreme : c + sign * Math.Sqrt(U(order[r - 1]) * U(order[r]));
        return new Side(r, [.. order[..r].Select(i => values[i])], [.. order[..compared].Select(i => values[i])], ratios, edge, threshold);
    }
}
