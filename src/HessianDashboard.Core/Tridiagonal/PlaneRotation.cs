using System.Numerics;

namespace HessianDashboard.Core.Tridiagonal;

/// <summary>Givens plane rotations [c −s; s c] for the QL bulge chase.</summary>
internal static class PlaneRotation
{
    /// <summary>
    /// Returns r = √(f² + g²) and sets c = g/r, s = f/r (c = 1, s = 0 when r = 0). Tiny or subnormal
    /// f, g are first scaled up by an exact power of two, so c² + s² = 1 to working precision even
    /// when f and g carry only a few significant bits.
    /// </summary>
    public static double Givens(double f, double g, out double c, out double s)
    {
        double sum = f * f + g * g;
        if (sum >= 1e-280)
        {
            double radius = Math.Sqrt(sum);
            c = g / radius;
            s = f / radius;
            return radius;
        }
        double largest = Math.Max(Math.Abs(f), Math.Abs(g));
        if (largest == 0)
        {
            (c, s) = (1, 0);
            return 0;
        }
        int exponent = -Math.ILogB(largest);
        double fs = Math.ScaleB(f, exponent), gs = Math.ScaleB(g, exponent);
        double scaled = Math.Sqrt(fs * fs + gs * gs);
        c = gs / scaled;
        s = fs / scaled;
        return Math.ScaleB(scaled, -exponent);
    }

    /// <summary>(x, y) ← (c·x − s·y, s·x + c·y) elementwise: columns i and i+1 of Z after the rotation.</summary>
    public static void Apply(Span<double> x, Span<double> y, double c, double s)
    {
        int n = x.Length, width = Vector<double>.Count, j = 0;
        if (n >= width)
        {
            var vc = new Vector<double>(c);
            var vs = new Vector<double>(s);
            for (; j + width <= n; j += width)
            {
                var xs = x.Slice(j, width);
                var ys = y.Slice(j, width);
                var xv = new Vector<double>(xs);
                var yv = new Vector<double>(ys);
                (vc * xv - vs * yv).CopyTo(xs);
                (vs * xv + vc * yv).CopyTo(ys);
            }
        }
        for (; j < n; j++)
        {
            double xj = x[j], yj = y[j];
            x[j] = c * xj - s * yj;
            y[j] = s * xj + c * yj;
        }
    }
}
