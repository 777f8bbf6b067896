using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>A test activity that fails the way a buggy activity would: with an unexpected exception.</summary>
[Activity("Test", "Throw", Category = "Test")]
public sealed class Throw : Activity
{
    /// <summary>The message of the exception thrown.</summary>
    public const string Message = "Registret svarade inte (testfel).";

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => throw new InvalidOperationException(Message);
}
