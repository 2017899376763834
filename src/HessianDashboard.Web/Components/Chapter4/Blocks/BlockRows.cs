namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>The live block list: every planned block as done (with λmax), running, waiting, or not run (the run ended first).</summary>
internal static class BlockRows
{
    public const string Done = "done", Running = "running", Waiting = "waiting", NotRun = "not run";

    /// <param name="plan">The planned blocks; null lists the blocks seen so far, without parameter counts.</param>
    /// <param name="feed">What the run reported.</param>
    /// <param name="startVectors">n_v of the request.</param>
    /// <param name="ended">Whether the run reached a terminal state.</param>
    public static IReadOnlyList<BlockRow> From(BlockPlan? plan, BlockRunFeed feed, int startVectors, bool ended)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var blocks = plan?.Blocks ?? [.. feed.Seen.Select(name => new PlannedBlock(name, -1))];
        return [.. blocks.Select((block, i) => Row(block, i, feed, startVectors, ended))];
    }

    private static BlockRow Row(PlannedBlock block, int index, BlockRunFeed feed, int startVectors, bool ended)
    {
        long? parameters = block.Parameters >= 0 ? block.Parameters : null;
        if (feed.Done.TryGetValue(index, out double lambdaMax)) return new BlockRow(block.Name, parameters, Done, lambdaMax, "");
        if (ended) return new BlockRow(block.Name, parameters, NotRun, null, "");
        if (block.Name != feed.Current)
            return block.Name == feed.Starting ? new BlockRow(block.Name, parameters, Running, null, "building its gradient graph") : new BlockRow(block.Name, parameters, Waiting, null, "");
        string step = $"step {feed.Step} of {feed.Iterations}";
        return new BlockRow(block.Name, parameters, Running, null, startVectors > 1 ? $"start vector {feed.StartVector + 1} of {startVectors}, {step}" : step);
    }
}
