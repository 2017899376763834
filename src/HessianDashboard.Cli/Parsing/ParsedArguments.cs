using System.Globalization;

namespace HessianDashboard.Cli.Parsing;

/// <summary>
/// <c>--name value</c> options and <c>--flag</c> switches after the command words, checked against the
/// names a command accepts, so a typo is an error rather than silently ignored.
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/>: <paramref name="valueOptions"/> take a value, <paramref name="flagOptions"/> do not.</summary>
    public ParsedArguments(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unexpected argument '{arg}'");
            string name = arg[2..];
            int eq = name.IndexOf('=', StringComparison.Ordinal);
            string? inline = null;
            if (eq >= 0) (name, inline) = (name[..eq], name[(eq + 1)..]);
            if (flagOptions.Contains(name))
            {
                if (inline is not null) throw new UsageException($"option --{name} takes no value");
                _flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string? value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null || (inline is null && value.StartsWith("--", StringComparison.Ordinal)))
                    throw new UsageException($"option --{name} needs a value");
                if (!_values.TryAdd(name, value)) throw new UsageException($"option --{name} is given twice");
            }
            else
                throw new UsageException($"unknown option '--{name}'");
        }
    }

    public bool Has(string name) => _values.ContainsKey(name) || _flags.Contains(name);

    public bool Flag(string name) => _flags.Contains(name);

    public string? String(string name) => _values.GetValueOrDefault(name);

    public int? Int(string name)
    {
        if (!_values.TryGetValue(name, out var text)) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new UsageException($"option --{name} expects an integer, got '{text}'");
    }

    public double? Double(string name)
    {
        if (!_values.TryGetValue(name, out var text)) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new UsageException($"option --{name} expects a number, got '{text}'");
    }

    /// <summary>A comma-separated list of integers, e.g. <c>--checkpoints 0,5,15</c>.</summary>
    public int[]? IntList(string name)
    {
        if (!_values.TryGetValue(name, out var text)) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]))
                throw new UsageException($"option --{name} expects comma-separated integers, got '{text}'");
        }
        return values.Length > 0 ? values : throw new UsageException($"option --{name} expects comma-separated integers, got '{text}'");
    }

    /// <summary>An enum option by its kebab-case or plain name, listing the accepted names on error.</summary>
    public T? Enum<T>(string name) where T : struct, System.Enum
    {
        if (!_values.TryGetValue(name, out var text)) return null;
        string normalized = text.Replace("-", "", StringComparison.Ordinal);
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(value.ToString(), normalized, StringComparison.OrdinalIgnoreCase) && !int.TryParse(text, out _))
                return value;
        var names = string.Join("|", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        throw new UsageException($"option --{name} must be one of {names}, got '{text}'");
    }
}
