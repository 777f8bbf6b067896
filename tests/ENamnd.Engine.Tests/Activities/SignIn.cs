using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>A test activity with a secret input: signs a user in with a password.</summary>
[Activity("Test", "SignIn", Category = "Test")]
public sealed class SignIn : Activity
{
    /// <summary>The user name.</summary>
    public Input<string> UserName { get; set; } = new("");

    /// <summary>The password, never kept in the journal.</summary>
    [Input(IsSensitive = true)]
    public Input<string> Password { get; set; } = new("");

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Log($"{context.Get(UserName)} loggade in ({context.Get(Password)?.Length} tecken).");
        return default;
    }
}
