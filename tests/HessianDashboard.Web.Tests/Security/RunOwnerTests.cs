using Bunit;
using HessianDashboard.Web.Components.Pages.Lab;
using HessianDashboard.Web.Components.Pages.Networks;
using HessianDashboard.Web.Components.Pages.Studies;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>The pages submit runs in the signed-in user's name (<c>RunSubmitOptions.Owner</c>), and in no name when anonymous.</summary>
public sealed class RunOwnerTests : DashboardTestContext
{
    /// <summary>The owner of the one run submitted (the click's handler may finish after Click returns: waits up to 10 s).</summary>
    private string? OnlyOwner(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut)
    {
        cut.WaitForAssertion(() => Submissions.Submitted.Count.ShouldBe(1), TimeSpan.FromSeconds(10));
        return Submissions.Submitted.Single().Value!.Owner;
    }

    [Fact]
    public void LabRun_SignedIn_IsOwnedByTheUser()
    {
        Authorization.SetAuthorized("alice");
        var cut = Render<SyntheticLabPage>();

        cut.Find("[data-testid=lab-run]").Click();

        OnlyOwner(cut).ShouldBe("alice");
    }

    [Fact]
    public void LabRun_Anonymous_HasNoOwner()
    {
        var cut = Render<SyntheticLabPage>();

        cut.Find("[data-testid=lab-run]").Click();

        OnlyOwner(cut).ShouldBeNull();
    }

    [Fact]
    public void StudyLaunch_SignedIn_IsOwnedByTheUser()
    {
        Authorization.SetAuthorized("bob");
        var cut = Render<StudiesPage>();

        cut.Find("[data-testid=convergence-quick]").Click();
        cut.Find("[data-testid=convergence-launch]").Click();

        OnlyOwner(cut).ShouldBe("bob");
    }

    [Fact]
    public void TrainRun_SignedIn_IsOwnedByTheUser()
    {
        Authorization.SetAuthorized("carol");
        var cut = Render<TrainNetworkPage>();

        cut.Find("[data-testid=train-run]").Click();

        OnlyOwner(cut).ShouldBe("carol");
    }
}
