using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Experiments.Tests.Jobs.Store;

/// <summary>
/// Malformed run exports, each made from a real exported Lanczos run (n = 40, m = 8) by one change: every one is
/// rejected, without an exception, with a sentence naming what is wrong.
/// </summary>
public sealed class RunImportValidationTests
{
    private static readonly Lazy<Task<string>> ValidExport = new(async () =>
    {
        var (info, events) = await RunExportJsonTests.RunToEndAsync(RunJobCatalog.CreateDefault(), RunnerHarness.SmallLanczos(n: 40, m: 8));
        return Encoding.UTF8.GetString(RunExportJsonTests.Bytes(RunExportJson.FromRun(info with { Tags = ["baseline"] }, events)));
    });

    private static readonly Dictionary<string, (Func<string, byte[]> Make, string Expected)> Cases = new()
    {
        ["empty file"] = (_ => [], "The file is empty"),
        ["binary file"] = (_ => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "The file is binary, not JSON text"),
        ["gzip file"] = (Gzip, "The file is compressed (gzip or zip); unpack it"),
        ["json array"] = (_ => "[1, 2, 3]"u8.ToArray(), "The file holds a JSON array"),
        ["truncated json"] = (json => Encoding.UTF8.GetBytes(json[..(json.Length / 2)]), "The file ends in the middle of its JSON"),
        ["syntax error"] = (json => Encoding.UTF8.GetBytes(json.Replace("\"kind\":", "\"kind\" ", StringComparison.Ordinal)), "The file is not valid JSON at line 1, character"),
        ["deeply nested junk"] = (_ => Encoding.UTF8.GetBytes("{\"junk\": " + new string('[', 10_000) + new string(']', 10_000) + "}"), "The JSON nests more than 64 levels deep"),
        ["some other json"] = (_ => "{ \"name\": \"my-package\", \"version\": \"1.0.0\" }"u8.ToArray(), "it has no \"format\""),
        ["wrong format name"] = (json => Edit(json, o => o["format"] = "hessian-dashboard-checkpoint"), "The file's format is \"hessian-dashboard-checkpoint\", not \"hessian-dashboard-run\""),
        ["future version"] = (json => Edit(json, o => o["version"] = 7), "The run export is version 7, written by a newer HessianDashboard; this installation reads version 1"),
        ["unknown kind"] = (json => Edit(json, o => o["kind"] = "power-iteration"), "Unknown run kind 'power-iteration'; this installation runs: lanczos, spectrum-comparison"),
        ["request of another kind"] = (json => Edit(json, o => o["request"] = JsonNode.Parse("""{ "sizes": [10, 20], "repeats": 2 }""")),
            "The request does not fit a 'lanczos' run (LanczosRunRequest): 'sizes' is not a field of LanczosRunRequest"),
        ["invalid request values"] = (json => Edit(json, o => o["request"]!["iterations"] = 61), "The lanczos request is invalid: Iterations m = 61 cannot exceed n = 40."),
        ["request naming a server file"] = (json => Edit(json, o => o["request"]!["source"] = JsonNode.Parse("""{ "matrixMarketPath": "/etc/passwd" }""")),
            "The request names a file on the server it ran on (matrixMarketPath)"),
        ["NaN as the matrix size"] = (json => Edit(json, o => o["request"]!["source"]!["synthetic"]!["n"] = "NaN"),
            "(at request.source.synthetic.n, which holds \"NaN\")"),
        ["NaN progress"] = (json => Edit(json, o => o["progress"] = "NaN"), "\"progress\" must lie in [0, 1], got \"NaN\""),
        ["result of the wrong shape"] = (json => Edit(json, o => o["result"] = JsonNode.Parse("""{ "lanczos": [], "eigensolve": [] }""")),
            "The result does not fit a 'lanczos' run's result (LanczosRunResult)"),
        ["succeeded without a result"] = (json => Edit(json, o => o.Remove("result")), "A succeeded run carries its result, but \"result\" is missing"),
        ["non-terminal state"] = (json => Edit(json, o => o["state"] = "running"), "Only finished runs can be imported; this one is running."),
        ["unknown state"] = (json => Edit(json, o => o["state"] = "sleeping"), "\"state\" must be one of succeeded, failed, cancelled, interrupted, got \"sleeping\""),
        ["state disagreeing with the log"] = (json => Edit(json, o => o["state"] = "failed"), "The last event says the run succeeded, but \"state\" says failed."),
        ["finished before it started"] = (json => Edit(json, o => o["finishedAt"] = "2000-01-01T00:00:00+00:00"), "The run's times are out of order: it finished (2000-01-01"),
        ["gap in the event sequence"] = (json => Edit(json, o => o["events"]!.AsArray().RemoveAt(3)), "without gaps; event 3 has sequence 4"),
        ["step event without its step"] = (json => Edit(json, o => o["events"]![2]!["step"] = null), "Event 2 (step) lacks the step."),
        ["events not a list"] = (json => Edit(json, o => o["events"] = "all of them"), "\"events\" must be a list of run events, got \"all of them\""),
        ["huge tag list"] = (json => Edit(json, o => o["tags"] = new JsonArray([.. Enumerable.Range(0, 500).Select(i => (JsonNode)$"tag{i}")])), "A run has at most 20 tags; this one has 500."),
        ["tag too long"] = (json => Edit(json, o => o["tags"] = new JsonArray(new string('x', 41))), "A tag has at most 40 characters"),
        ["notes too long"] = (json => Edit(json, o => o["notes"] = new string('n', 200_000)), "Notes hold at most 100 KiB; these have"),
        ["id with a path in it"] = (json => Edit(json, o => o["id"] = "../../etc"), "\"id\" must be letters, digits, '-' and '_' only"),
        ["duplicate field"] = (json => Encoding.UTF8.GetBytes(json.Insert(json.IndexOf("\"state\":", StringComparison.Ordinal), "\"state\":\"failed\",")), "\"state\" appears twice"),
    };

    public static TheoryData<string> Malformed => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Read_MalformedExport_IsRejectedSayingWhatIsWrong(string name)
    {
        var (make, expected) = Cases[name];
        byte[] bytes = make(await ValidExport.Value);

        var result = RunExportJson.Read(new MemoryStream(bytes), RunJobCatalog.CreateDefault());

        result.Succeeded.ShouldBeFalse();
        result.Run.ShouldBeNull();
        result.Errors.ShouldContain(e => e.Contains(expected, StringComparison.Ordinal), $"errors: {string.Join(" | ", result.Errors)}");
        result.Errors.ShouldAllBe(e => e.Length > 20 && e.Length < 700 && !e.Contains("System.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_ValidExport_IsAcceptedSoTheCasesAboveFailForTheirOneChange()
    {
        var result = RunExportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(await ValidExport.Value)), RunJobCatalog.CreateDefault());

        result.Errors.ShouldBeEmpty();
        result.Run!.Tags.ShouldBe(["baseline"]);
    }

    [Fact]
    public async Task Read_FileLargerThanTheLimit_StopsReadingAndSaysSo()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(await ValidExport.Value);
        var stream = new CountingStream(new MemoryStream([.. bytes, .. bytes, .. bytes]));

        var result = RunExportJson.Read(stream, RunJobCatalog.CreateDefault(), new RunImportLimits { MaxBytes = bytes.Length });

        result.Errors.ShouldHaveSingleItem().ShouldStartWith($"The file is larger than {bytes.Length} bytes, the import limit");
        stream.BytesRead.ShouldBeLessThan(bytes.Length + 100_000, "reading stopped once past the limit");
    }

    [Fact]
    public async Task Read_ExportFromAnotherRun_RewritesTheEventsToTheRunsId()
    {
        string json = Encoding.UTF8.GetString(Edit(await ValidExport.Value, o =>
        {
            o["id"] = "a1b2c3d4e5f6";
            foreach (var e in o["events"]!.AsArray()) e!["runId"] = "something-else";
        }));

        var run = RunExportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), RunJobCatalog.CreateDefault()).Run.ShouldNotBeNull();

        run.Events.ShouldAllBe(e => e.RunId == "a1b2c3d4e5f6");
    }

    private static byte[] Edit(string json, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        change(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static byte[] Gzip(string json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(json));
        return output.ToArray();
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
