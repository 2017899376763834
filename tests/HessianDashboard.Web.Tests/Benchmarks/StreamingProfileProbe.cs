using System.Globalization;
using System.Text.Json;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Tests.Browser;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Benchmarks;

[Trait("Category", "Benchmark")]
[Collection(BrowserCollection.Name)]
public sealed class StreamingProfileProbe(DashboardServer server, ChromiumBrowser chromium)
{
    [Fact(Explicit = true)]
    public async Task Profile()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new SpectrumComparisonRequest
        {
            Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 1000, 1),
            Variants = [Reorthogonalization.Full],
            StartSeed = 1,
        };
        var runner = server.Services.GetRequiredService<IRunRunner>();
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(600_000);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        await cdp.SendAsync("Profiler.enable");
        await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 500 });
        var run = runner.Submit(request);
        await page.GotoAsync(server.Address + "lab/" + run.Id);
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await foreach (var e in runner.StreamAsync(run.Id, 0, ct)) { _ = e; }

        var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var threads0 = Threads();
        run = runner.Submit(request);
        await page.GotoAsync(server.Address + "lab/" + run.Id);
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        var before = Metrics(await cdp.SendAsync("Performance.getMetrics"));
        await cdp.SendAsync("Profiler.start");
        await foreach (var e in runner.StreamAsync(run.Id, 0, ct)) { _ = e; }
        var profile = await cdp.SendAsync("Profiler.stop");
        var cpu1 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var threads1 = Threads();
        var after = Metrics(await cdp.SendAsync("Performance.getMetrics"));
        double watched = ((SpectrumComparisonResult)runner.Get(run.Id)!.Result!).Runs[0].Run.Seconds;
        var lines = new List<string> { $"run {watched:F2} s; server process CPU {(cpu1 - cpu0).TotalSeconds:F2} s" };
        foreach (var key in new[] { "TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "LayoutCount", "RecalcStyleCount", "JSHeapUsedSize", "Nodes" })
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: {after.GetValueOrDefault(key) - before.GetValueOrDefault(key):F3}"));
        var nodes = profile!.Value.GetProperty("profile").GetProperty("nodes");
        var byFunction = new Dictionary<string, long>();
        long total = 0;
        foreach (var node in nodes.EnumerateArray())
        {
            var frame = node.GetProperty("callFrame");
            string url = frame.GetProperty("url").GetString() ?? "";
            string key = frame.GetProperty("functionName").GetString() + " @ " + url[(url.LastIndexOf('/') + 1)..] + ":" + frame.GetProperty("lineNumber").GetInt32();
            long hits = node.GetProperty("hitCount").GetInt64();
            total += hits;
            byFunction[key] = byFunction.GetValueOrDefault(key) + hits;
        }
        lines.Add($"samples {total}");
        var parent = new Dictionary<int, int>();
        var byId = new Dictionary<int, JsonElement>();
        foreach (var node in nodes.EnumerateArray())
        {
            int id = node.GetProperty("id").GetInt32();
            byId[id] = node;
            if (node.TryGetProperty("children", out var children))
                foreach (var c in children.EnumerateArray()) parent[c.GetInt32()] = id;
        }
        var paths = new Dictionary<string, long>();
        foreach (var node in nodes.EnumerateArray())
        {
            string fn = node.GetProperty("callFrame").GetProperty("functionName").GetString()!;
            if (fn is not ("getBBox" or "getBoundingClientRect")) continue;
            var chain = new List<string> { fn };
            int id = node.GetProperty("id").GetInt32();
            for (int d = 0; d < 7 && parent.TryGetValue(id, out id); d++)
            {
                var f = byId[id].GetProperty("callFrame");
                chain.Add(f.GetProperty("functionName").GetString() + ":" + f.GetProperty("columnNumber").GetInt32());
            }
            string key = string.Join(" < ", chain);
            paths[key] = paths.GetValueOrDefault(key) + node.GetProperty("hitCount").GetInt64();
        }
        lines.AddRange(paths.OrderByDescending(p => p.Value).Take(25).Select(p => $"PATH {100.0 * p.Value / total,6:F2}% {p.Key}"));
        foreach (var t in threads1.Select(p => (p.Key, d: p.Value.ticks - (threads0.TryGetValue(p.Key, out var o) ? o.ticks : 0), p.Value.name)).OrderByDescending(t => t.d).Take(12))
            lines.Add($"thread {t.Key} {t.name}: {t.d / 100.0:F2} s");
        lines.AddRange(byFunction.OrderByDescending(p => p.Value).Take(45).Select(p => $"{100.0 * p.Value / total,6:F2}% {p.Key}"));
        File.WriteAllLines("/tmp/streaming-profile.txt", lines);
        errors.ShouldBeEmpty();
    }

    private static Dictionary<int, (long ticks, string name)> Threads()
    {
        var map = new Dictionary<int, (long, string)>();
        foreach (var dir in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                int close = stat.LastIndexOf(')');
                string name = stat[(stat.IndexOf('(') + 1)..close];
                var f = stat[(close + 2)..].Split(' ');
                map[int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture)] = (long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture), name);
            }
            catch (IOException) { }
        }
        return map;
    }

    private static Dictionary<string, double> Metrics(JsonElement? result) =>
        result!.Value.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
}
