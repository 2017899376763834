namespace HessianDashboard.Experiments.Jobs;

/// <summary>The runner's queue already holds as many waiting runs as it may; try again when one has started.</summary>
public sealed class RunQueueFullException : InvalidOperationException
{
    /// <summary>The queue of <paramref name="capacity"/> waiting runs is full.</summary>
    public RunQueueFullException(int capacity)
        : base($"The run queue is full ({capacity} runs waiting); try again when a run has started, or cancel a queued one.") =>
        Capacity = capacity;

    public RunQueueFullException() : base("The run queue is full.") { }

    public RunQueueFullException(string message) : base(message) { }

    public RunQueueFullException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The queue capacity, when known.</summary>
    public int Capacity { get; }
}
