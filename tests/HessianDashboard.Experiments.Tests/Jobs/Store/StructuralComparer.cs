using System.Collections;
using System.Globalization;
using System.Reflection;

namespace HessianDashboard.Experiments.Tests.Jobs.Store;

/// <summary>
/// Compares two object graphs value by value: the same runtime type for every object, every public readable
/// property (computed ones too), collections element by element, dictionaries key by key, and doubles bitwise
/// (NaN equals NaN: JSON keeps no NaN payload). Returns the paths that differ, so a property a round trip loses
/// (reset to its default) shows up by name.
/// </summary>
internal static class StructuralComparer
{
    private const int MaxDepth = 64;

    /// <summary>The differences between <paramref name="expected"/> and <paramref name="actual"/> (empty when equal), and how many leaf values were compared.</summary>
    public static (IReadOnlyList<string> Differences, int Leaves) Compare(object? expected, object? actual)
    {
        var state = new State();
        Walk(expected, actual, "$", 0, state);
        return (state.Differences, state.Leaves);
    }

    private sealed class State
    {
        public List<string> Differences { get; } = [];
        public int Leaves { get; set; }
    }

    private static void Walk(object? expected, object? actual, string path, int depth, State state)
    {
        if (state.Differences.Count > 20) return;
        if (depth > MaxDepth) { state.Differences.Add($"{path}: deeper than {MaxDepth} levels"); return; }
        if (expected is null || actual is null)
        {
            state.Leaves++;
            if (expected is not null || actual is not null) state.Differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
            return;
        }
        var type = expected.GetType();
        if (IsLeaf(type))
        {
            state.Leaves++;
            if (!LeafEquals(expected, actual)) state.Differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)} ({type.Name} vs {actual.GetType().Name})");
            return;
        }
        if (expected is IDictionary expectedMap)
        {
            if (actual is not IDictionary actualMap) { state.Differences.Add($"{path}: a dictionary became {actual.GetType().Name}"); return; }
            if (expectedMap.Count != actualMap.Count) state.Differences.Add($"{path}: {expectedMap.Count} entries ≠ {actualMap.Count}");
            foreach (DictionaryEntry entry in expectedMap)
            {
                if (!actualMap.Contains(entry.Key)) { state.Differences.Add($"{path}[{entry.Key}]: missing"); continue; }
                Walk(entry.Value, actualMap[entry.Key], $"{path}[{entry.Key}]", depth + 1, state);
            }
            return;
        }
        if (expected is IEnumerable expectedItems)
        {
            if (actual is not IEnumerable actualItems || actual is string) { state.Differences.Add($"{path}: a collection became {actual.GetType().Name}"); return; }
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count) state.Differences.Add($"{path}: {left.Count} items ≠ {right.Count}");
            for (int i = 0; i < Math.Min(left.Count, right.Count); i++) Walk(left[i], right[i], $"{path}[{i}]", depth + 1, state);
            state.Leaves++;
            return;
        }
        if (actual.GetType() != type) { state.Differences.Add($"{path}: {type.Name} became {actual.GetType().Name}"); return; }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null) continue;
            if (property.Name == "EqualityContract") continue;
            Walk(Read(property, expected), Read(property, actual), $"{path}.{property.Name}", depth + 1, state);
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            Walk(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}", depth + 1, state);
    }

    private static object? Read(PropertyInfo property, object owner)
    {
        try { return property.GetValue(owner); }
        catch (TargetInvocationException ex) { return $"<throws {ex.InnerException?.GetType().Name}>"; }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly);

    private static bool LeafEquals(object expected, object actual) => (expected, actual) switch
    {
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || (double.IsNaN(a) && double.IsNaN(b)),
        (float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b) || (float.IsNaN(a) && float.IsNaN(b)),
        _ => expected.GetType() == actual.GetType() && expected.Equals(actual),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
