using Microsoft.Extensions.Options;

namespace HessianDashboard.Storage;

/// <summary>Reports every problem of <see cref="RunStoreOptions.Validate"/> in the start-up error, each as its own sentence.</summary>
internal sealed class RunStoreOptionsValidator : IValidateOptions<RunStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, RunStoreOptions options) =>
        options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
