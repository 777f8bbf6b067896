namespace ENamnd.Architecture.Tests;

/// <summary>Engine source files neither import nor name upper layers or infrastructure.</summary>
public sealed class EngineSourceRuleTests
{
    private const string SourceFile = "src/ENamnd.Engine/Runtime/Runner.cs";

    [Theory]
    [InlineData("using Serilog;", "using directive for Serilog")]
    [InlineData("global using Hangfire.States;", "using directive for Hangfire")]
    [InlineData("using static ENamnd.Host.Program;", "using directive for ENamnd.Host")]
    [InlineData("using Db = Microsoft.EntityFrameworkCore.DbContext;", "using directive for Microsoft.EntityFrameworkCore")]
    [InlineData("using ENamnd.Activities;", "using directive for ENamnd.Activities")]
    [InlineData("using ENamnd.Http;", "using directive for ENamnd.Http")]
    public void Should_ReportViolation_When_EngineSourceHasForbiddenUsing(string directive, string expected)
    {
        using var repository = new SyntheticRepository();
        repository.Write(SourceFile, $"{directive}\n\nnamespace ENamnd.Engine.Runtime;\n");

        var violation = Assert.Single(repository.Check());

        Assert.Equal($"{SourceFile}:1: {expected}; the engine must not depend on it.", violation);
    }

    [Theory]
    [InlineData("    private readonly Serilog.ILogger logger = null!;", "Serilog")]
    [InlineData("    public void Send() => global::MailKit.Net.Smtp.SmtpClient.Equals(null, null);", "MailKit")]
    [InlineData("    public object Step() => new ENamnd.Workflows.MainProcess();", "ENamnd.Workflows")]
    public void Should_ReportViolation_When_EngineSourceUsesFullyQualifiedName(string member, string expected)
    {
        using var repository = new SyntheticRepository();
        repository.Write(SourceFile, $"namespace ENamnd.Engine.Runtime;\n\npublic sealed class Runner\n{{\n{member}\n}}\n");

        var violation = Assert.Single(repository.Check());

        Assert.Equal($"{SourceFile}:5: fully-qualified name in {expected}; the engine must not depend on it.", violation);
    }

    [Fact]
    public void Should_NotReportViolation_When_EngineUsesOwnNamespacesOrMentionsInfrastructureInComments()
    {
        using var repository = new SyntheticRepository();
        repository.Write(SourceFile, """
            using ENamnd.Engine.Activities;

            namespace ENamnd.Engine.Runtime;

            /// <summary>Runs steps; Serilog.Log and Hangfire.BackgroundJob live in ENamnd.Host.Program, not here.</summary>
            public sealed class Runner
            {
                /* using Serilog; */
                private readonly string hostName = "ENamnd.Hosting";
            }
            """);

        Assert.Empty(repository.Check());
    }

    [Fact]
    public void Should_IgnoreFile_When_ItLiesUnderObj()
    {
        using var repository = new SyntheticRepository();
        repository.Write("src/ENamnd.Engine/obj/Release/net10.0/Generated.cs", "using Serilog;\n");

        Assert.Empty(repository.Check());
    }
}
