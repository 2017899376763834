using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;
using HessianDashboard.Web.Components.Pages.Chapter4;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>The exact-vs-Lanczos form: thesis defaults valid, the request's messages under the inputs, availability per data set, refill from a run.</summary>
public sealed class ExactVsLanczosPageTests : DashboardTestContext
{
    private static IElement RunButton(IRenderedComponent<ExactVsLanczosPage> cut) => cut.Find("[data-testid=evl-run]");

    private static void ShouldShowAndDisable(IRenderedComponent<ExactVsLanczosPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=evl-errors]").TextContent.ShouldContain(message);
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_ThesisSettingsAreValid()
    {
        var cut = Render<ExactVsLanczosPage>();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.FindAll("[data-testid=evl-errors]").ShouldBeEmpty();
        foreach (string id in new[] { "mnist", "fashion-mnist", "cifar10" })
            cut.Find($"input[data-testid=evl-check-{id}]").HasAttribute("checked").ShouldBeTrue(id);
        cut.Find("input[data-testid=evl-samples]").GetAttribute("value").ShouldBe("10000");
        cut.Find("input[data-testid=evl-epochs]").GetAttribute("value").ShouldBeNullOrEmpty();
        cut.Find("input[data-testid=evl-m]").GetAttribute("value").ShouldBe("100");
        cut.Find("input[data-testid=evl-epsilon]").GetAttribute("value").ShouldBe("1e-5");
        cut.Find("input[data-testid=evl-bins]").GetAttribute("value").ShouldBe("100");
        cut.Find("input[data-testid=evl-patterns]").GetAttribute("value").ShouldBeNullOrEmpty();
    }

    [Fact]
    public void Change_EveryDataSetCleared_AsksForOne()
    {
        var cut = Render<ExactVsLanczosPage>();

        foreach (string id in new[] { "mnist", "fashion-mnist", "cifar10" }) cut.Find($"input[data-testid=evl-check-{id}]").Change(false);

        ShouldShowAndDisable(cut, "Choose at least one data set.");
    }

    [Theory]
    [InlineData("evl-epochs", "0", "Epochs must be at least 1 so the trained model differs from the initial one (got 0).")]
    [InlineData("evl-samples", "1", "Samples must be at least 2 (got 1).")]
    [InlineData("evl-m", "0", "Iterations m must be at least 1 (got 0).")]
    [InlineData("evl-epsilon", "0", "ε must be positive (got 0).")]
    [InlineData("evl-epsilon", "tiny", "ε must be a number such as 1e-5 (got 'tiny').")]
    [InlineData("evl-bins", "20000", "Histogram bins must lie in [1, 10000] (got 20000).")]
    public void Input_BadValue_ShowsTheMessageUnderItsInput(string input, string value, string message)
    {
        var cut = Render<ExactVsLanczosPage>();

        cut.Find($"input[data-testid={input}]").Input(value);

        ShouldShowAndDisable(cut, message);
        cut.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent).ShouldContain(t => t.Contains(message));
    }

    [Fact]
    public void Render_Availability_SaysWhatTheDataLocatorFinds()
    {
        var locator = Services.GetRequiredService<DataLocator>();
        var cut = Render<ExactVsLanczosPage>();

        foreach (var expected in DatasetAvailability.Of(locator, skipMissing: true))
        {
            cut.Find($"[data-testid=evl-availability-{expected.Id}]").TextContent.ShouldBe(expected.Hint);
            cut.Find($"[data-testid=evl-dataset-{expected.Id}]").GetAttribute("data-available").ShouldBe(expected.Usable ? "true" : "false");
        }
    }

    [Fact]
    public void Render_RunAddress_RefillsTheFormFromThatRunsRequest()
    {
        var request = new ExactVsLanczosRequest
        {
            Datasets = ["mnist"], Samples = 1000, Epochs = 3, Iterations = 30, Epsilon = 1e-6, ParameterPatterns = ["2.*"], HistogramBins = 40, StartSeed = 7,
        };
        string id = Runner.Submit(request).Id; // the runner is not started: the run stays queued

        var cut = Render<ExactVsLanczosPage>(p => p.Add(x => x.RunId, id));

        cut.Find("input[data-testid=evl-check-mnist]").HasAttribute("checked").ShouldBeTrue();
        cut.Find("input[data-testid=evl-check-cifar10]").HasAttribute("checked").ShouldBeFalse();
        cut.Find("input[data-testid=evl-samples]").GetAttribute("value").ShouldBe("1000");
        cut.Find("input[data-testid=evl-epochs]").GetAttribute("value").ShouldBe("3");
        cut.Find("input[data-testid=evl-m]").GetAttribute("value").ShouldBe("30");
        cut.Find("input[data-testid=evl-epsilon]").GetAttribute("value").ShouldBe("1e-6");
        cut.Find("input[data-testid=evl-patterns]").GetAttribute("value").ShouldBe("2.*");
        cut.Find("input[data-testid=evl-start-seed]").GetAttribute("value").ShouldBe("7");
        cut.Find("[data-testid=evl-run-view]").GetAttribute("data-run-id").ShouldBe(id);
    }

    [Fact]
    public void Click_Run_QueuesTheFormsRequestAndMovesToItsAddress()
    {
        var cut = Render<ExactVsLanczosPage>();
        cut.Find("input[data-testid=evl-check-fashion-mnist]").Change(false);
        cut.Find("input[data-testid=evl-check-cifar10]").Change(false);
        cut.Find("input[data-testid=evl-samples]").Input("500");
        cut.Find("input[data-testid=evl-patterns]").Input("2.*");

        RunButton(cut).Click();

        string uri = Services.GetRequiredService<NavigationManager>().Uri;
        uri.ShouldMatch("/experiments/exact-vs-lanczos/[0-9a-f]{12}$");
        var queued = Runner.Get(uri[(uri.LastIndexOf('/') + 1)..])!.Request.ShouldBeOfType<ExactVsLanczosRequest>();
        queued.Datasets.ShouldBe(["mnist"]);
        queued.Samples.ShouldBe(500);
        queued.ParameterPatterns.ShouldBe(["2.*"]);
        queued.Iterations.ShouldBe(100);
        queued.Epsilon.ShouldBe(1e-5);
    }
}
