using ENamnd.Host.Infrastructure.Email;
using static ENamnd.Host.Tests.Infrastructure.Email.EmailTestData;

namespace ENamnd.Host.Tests.Infrastructure.Email;

public sealed class EmailOptionsValidatorTests
{
    private readonly EmailOptionsValidator _validator = new();

    [Fact]
    public void Should_Pass_When_PickupDefaults()
    {
        Assert.True(_validator.Validate(null, NewOptions(o => o.PickupDirectory = Path.Combine(Path.GetTempPath(), "mail"))).Succeeded);
    }

    [Fact]
    public void Should_Fail_When_SmtpModeHasNoHost()
    {
        var result = _validator.Validate(null, Smtp(_ => { }, host: null));

        Assert.True(result.Failed);
        Assert.Contains("Email:Smtp:Host is required", result.FailureMessage);
    }

    [Theory]
    [InlineData("smtp.example.org", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("localhost", false)]
    public void Should_Fail_When_UnencryptedWithoutLoopbackPermission(string host, bool allowInsecureLoopback)
    {
        var result = _validator.Validate(null, Smtp(smtp =>
        {
            smtp.Security = SmtpSecurity.None;
            smtp.AllowInsecureLoopback = allowInsecureLoopback;
        }, host));

        Assert.True(result.Failed);
        Assert.Contains("Security None", result.FailureMessage);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Should_Pass_When_UnencryptedToLoopbackWithPermission(string host)
    {
        var result = _validator.Validate(null, Smtp(smtp =>
        {
            smtp.Security = SmtpSecurity.None;
            smtp.AllowInsecureLoopback = true;
        }, host));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Should_Pass_When_StartTlsToRemoteHost()
    {
        Assert.True(_validator.Validate(null, Smtp(_ => { })).Succeeded);
    }

    [Fact]
    public void Should_NotEchoPassword_When_Failing()
    {
        var result = _validator.Validate(null, Smtp(smtp =>
        {
            smtp.Password = "hemligt-lösenord-42";
            smtp.Port = 0;
        }, host: "smtp.example.org"));

        Assert.True(result.Failed);
        Assert.Contains("UserName is empty", result.FailureMessage);
        Assert.DoesNotContain("hemligt", result.FailureMessage);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Kansliet <kansli@example.org>")]
    public void Should_Fail_When_FromIsNotAPlainAddress(string from)
    {
        Assert.True(_validator.Validate(null, NewOptions(o => (o.From, o.PickupDirectory) = (from, Path.Combine(Path.GetTempPath(), "mail")))).Failed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad domain")]
    [InlineData("a>b")]
    public void Should_Fail_When_MessageIdDomainIsNotADomain(string domain)
    {
        Assert.True(_validator.Validate(null, NewOptions(o => (o.MessageIdDomain, o.PickupDirectory) = (domain, Path.Combine(Path.GetTempPath(), "mail")))).Failed);
    }

    private static EmailOptions Smtp(Action<SmtpOptions> configure, string? host = "smtp.example.org") => NewOptions(o =>
    {
        o.Mode = EmailMode.Smtp;
        o.Smtp.Host = host;
        configure(o.Smtp);
    });
}
