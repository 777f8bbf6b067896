using System.Net;
using System.Net.Sockets;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The key under which a client's failed attempts are counted.</summary>
internal static class ClientAddress
{
    /// <summary>The client's IP address; an IPv6 client counts by its /64 network, since one host usually owns all of it.</summary>
    /// <remarks>Behind a reverse proxy, the forwarded-headers middleware must run first, or every client is the proxy.</remarks>
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address)) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
