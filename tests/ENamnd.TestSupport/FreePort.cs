using System.Net;
using System.Net.Sockets;

namespace ENamnd.TestSupport;

/// <summary>Finds TCP ports on the loopback interface that nothing listens on.</summary>
public static class FreePort
{
    /// <summary>
    /// A port that was free a moment ago: the operating system picks it for a listener bound to port 0,
    /// which is then closed. Another process may still take it before the caller binds it.
    /// </summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Whether a listener can bind <paramref name="port"/> on 127.0.0.1 right now.</summary>
    public static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
