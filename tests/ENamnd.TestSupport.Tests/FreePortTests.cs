using System.Net;
using System.Net.Sockets;

namespace ENamnd.TestSupport.Tests;

public class FreePortTests
{
    [Fact]
    public void Should_ReturnBindablePort_When_NextCalled()
    {
        var port = FreePort.Next();

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
        Assert.InRange(port, 1, 65535);
    }

    [Fact]
    public void Should_ReportPortTaken_When_SomethingListens()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            Assert.False(FreePort.IsFree(((IPEndPoint)listener.LocalEndpoint).Port));
        }
        finally
        {
            listener.Stop();
        }
    }
}
