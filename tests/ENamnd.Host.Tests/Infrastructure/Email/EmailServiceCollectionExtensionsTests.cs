using ENamnd.Host.Infrastructure.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Infrastructure.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    private static readonly string DataDirectory = Path.Combine(Path.GetTempPath(), "enamnd-data");

    [Fact]
    public void Should_UsePickupInDataDirectory_When_NothingConfigured()
    {
        using var provider = Build(new() { ["Storage:DataDirectory"] = DataDirectory });

        Assert.IsType<PickupDirectoryTransport>(provider.GetRequiredService<IEmailTransport>());
        Assert.Equal(Path.Combine(DataDirectory, "mail"), provider.GetRequiredService<IOptions<EmailOptions>>().Value.PickupDirectory);
        Assert.NotNull(provider.GetRequiredService<EmailSender>());
    }

    [Fact]
    public void Should_ResolvePickupDirectory_AgainstDataDirectory()
    {
        using var provider = Build(new()
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Email:PickupDirectory"] = "utkorg/e-post",
        });

        Assert.Equal(Path.Combine(DataDirectory, "utkorg", "e-post"), provider.GetRequiredService<IOptions<EmailOptions>>().Value.PickupDirectory);
    }

    [Fact]
    public void Should_UseSmtpTransport_When_ModeIsSmtp()
    {
        using var provider = Build(new()
        {
            ["Email:Mode"] = "Smtp",
            ["Email:Smtp:Host"] = "smtp.example.org",
            ["Email:Smtp:Security"] = "SslOnConnect",
            ["Email:Smtp:Port"] = "465",
        });

        Assert.IsType<SmtpTransport>(provider.GetRequiredService<IEmailTransport>());
        Assert.Equal(465, provider.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Port);
    }

    [Fact]
    public void Should_FailStartupValidation_When_SmtpModeHasNoHost()
    {
        using var provider = Build(new() { ["Email:Mode"] = "Smtp" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Email:Smtp:Host is required", failure.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        return services.AddENamndEmail().BuildServiceProvider();
    }
}
