using System.Text.RegularExpressions;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// The parameters θ_G a Hessian is taken with respect to, in the module's <c>named_parameters()</c>
/// order, and their layout in the flat vector: parameter i occupies [Offsets[i], Offsets[i] + Sizes[i])
/// in row-major (C) order of its shape, exactly as PyTorch's <c>parameters_to_vector</c>.
/// </summary>
public sealed class ParameterGroup
{
    private readonly Tensor[] _tensors;

    private ParameterGroup(string[] names, long[][] shapes, Tensor[] tensors)
    {
        Names = names;
        Shapes = shapes;
        _tensors = tensors;
        Sizes = shapes.Select(s => s.Aggregate(1L, (a, b) => a * b)).ToArray();
        var offsets = new long[names.Length];
        long total = 0;
        for (int i = 0; i < names.Length; i++) { offsets[i] = total; total += Sizes[i]; }
        Offsets = offsets;
        if (total > Array.MaxLength)
            throw new ArgumentException($"The selected parameters have {total} entries; a flat float64 vector holds at most {Array.MaxLength}.");
        Dimension = (int)total;
    }

    /// <summary>The selected parameter names.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Each selected parameter's shape.</summary>
    public IReadOnlyList<long[]> Shapes { get; }

    /// <summary>Number of entries of each selected parameter.</summary>
    public IReadOnlyList<long> Sizes { get; }

    /// <summary>Where each selected parameter starts in the flat vector.</summary>
    public IReadOnlyList<long> Offsets { get; }

    /// <summary>n = Σ sizes, the dimension of the (block) Hessian.</summary>
    public int Dimension { get; }

    internal IReadOnlyList<Tensor> Tensors => _tensors;

    /// <summary>
    /// Selects the parameters of <paramref name="module"/> whose names match any of
    /// <paramref name="patterns"/> (null or empty: all). Throws when nothing matches, listing the names.
    /// </summary>
    public static ParameterGroup Select(nn.Module module, IReadOnlyList<string>? patterns = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        var all = module.named_parameters().ToList();
        if (all.Count == 0) throw new ArgumentException("The module has no parameters.");
        var regexes = (patterns ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(ToRegex).ToArray();
        var chosen = regexes.Length == 0 ? all : all.Where(p => regexes.Any(r => r.IsMatch(p.name))).ToList();
        if (chosen.Count == 0)
        {
            throw new ArgumentException(
                $"No parameter matches {string.Join(", ", patterns!.Select(p => $"'{p}'"))}; the parameters are: " +
                string.Join(", ", all.Select(p => p.name)) + ".");
        }
        return new ParameterGroup(
            chosen.Select(p => p.name).ToArray(),
            chosen.Select(p => p.parameter.shape.ToArray()).ToArray(),
            chosen.Select(p => (Tensor)p.parameter).ToArray());
    }

    /// <summary>Whether <paramref name="name"/> matches the glob <paramref name="pattern"/> (* any run, ? one character).</summary>
    public static bool Matches(string pattern, string name) => ToRegex(pattern).IsMatch(name);

    private static Regex ToRegex(string glob) =>
        new("^" + Regex.Escape(glob.Trim()).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant);
}
