using Microsoft.AspNetCore.Authorization;

namespace HessianDashboard.Web.Access;

/// <summary>Meets <see cref="DashboardUserRequirement"/> for a signed-in user, or for anyone while no sign-in is required.</summary>
public sealed class DashboardUserHandler(AccessState state) : AuthorizationHandler<DashboardUserRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DashboardUserRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (state.Allows(context.User)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
