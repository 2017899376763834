using System.Net;

namespace HessianDashboard.Web.Access;

/// <summary>
/// Whether a listening address (a URL as in <c>Urls</c> or <c>IServerAddressesFeature</c>) is reachable from this
/// machine only. Loopback: the host <c>localhost</c>, an IPv4 address in 127.0.0.0/8, <c>[::1]</c> (and IPv4-mapped
/// loopback). Everything else is not: <c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c> (all interfaces), any other host
/// name (Kestrel binds those to every interface), Unix sockets and named pipes (a proxy may forward the network to them),
/// and anything that does not parse. When in doubt the answer is "not loopback", which asks for sign-in.
/// </summary>
public static class LoopbackAddresses
{
    /// <summary>True when <paramref name="address"/> listens on loopback only.</summary>
    public static bool IsLoopback(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return false;
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(address.Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        if (binding.IsUnixPipe || binding.IsNamedPipe) return false;
        string host = binding.Host;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (host.StartsWith('[') && host.EndsWith(']')) host = host[1..^1];
        if (!IPAddress.TryParse(host, out var ip)) return false;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return IPAddress.IsLoopback(ip);
    }

    /// <summary>True when there is at least one address and every one is loopback.</summary>
    public static bool AllLoopback(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        bool any = false;
        foreach (string address in addresses)
        {
            if (!IsLoopback(address)) return false;
            any = true;
        }
        return any;
    }
}
