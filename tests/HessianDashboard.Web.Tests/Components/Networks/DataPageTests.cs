using Bunit;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Web.Components.Pages.Networks;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Networks;

/// <summary>The data page against shared/data, which holds only the MNIST test split and TinyShakespeare.</summary>
public sealed class DataPageTests : DashboardTestContext
{
    [Fact]
    public void Render_SharedData_ShowsWhereEachSplitIsAndWhatToDoForTheMissingOnes()
    {
        string data = Path.GetFullPath(SharedData.DataDirectory);
        var cut = Render<DataPage>();

        cut.FindAll("[data-testid^=dataset-][data-complete]").Count.ShouldBe(4, "MNIST, FashionMNIST, CIFAR-10, TinyShakespeare");
        var mnistTest = cut.Find("[data-testid=split-mnist-test]");
        mnistTest.GetAttribute("data-available").ShouldBe("true");
        mnistTest.TextContent.ShouldContain(Path.Combine(data, "mnist"));
        mnistTest.TextContent.ShouldContain("in the data directory");
        cut.Find("[data-testid=split-mnist-train]").GetAttribute("data-available").ShouldBe("false");
        var mnist = cut.Find("[data-testid=dataset-mnist]");
        mnist.TextContent.ShouldContain("partly available");
        string advice = mnist.QuerySelector("[data-testid=dataset-advice]")!.TextContent;
        advice.ShouldContain("train-images-idx3-ubyte.gz");
        advice.ShouldContain(Path.Combine(data, "mnist"));
        advice.ShouldContain("test split stands in");
        cut.Find("[data-testid=data-settings]").TextContent.ShouldContain("downloads disabled");
    }
}
