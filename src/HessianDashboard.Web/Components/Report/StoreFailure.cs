using System.Data.Common;

namespace HessianDashboard.Web.Components.Report;

/// <summary>
/// The exceptions a saved-report store call can end in when the database cannot be reached or refuses the call (a
/// provider error, a closed or busy connection, a timeout): shown as a message, never thrown at the user.
/// </summary>
internal static class StoreFailure
{
    public static bool Is(Exception e) =>
        e is DbException or InvalidOperationException or TimeoutException || e.InnerException is DbException;
}
