using Microsoft.AspNetCore.Authorization;

namespace HessianDashboard.Web.Access;

/// <summary>
/// The dashboard's default and fallback authorization requirement: a signed-in user wherever
/// <see cref="AccessState.SignInRequired"/>, anyone otherwise (loopback only). Pages, the Blazor circuit, the runs hub
/// and the files all go through it, so one decision governs them all.
/// </summary>
public sealed class DashboardUserRequirement : IAuthorizationRequirement;
