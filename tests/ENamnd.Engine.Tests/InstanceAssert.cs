using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests;

/// <summary>Assertions on an instance's state that explain a failure with its journal and incidents.</summary>
public static class InstanceAssert
{
    /// <summary>Fails unless the instance has the expected sub-status.</summary>
    public static void SubStatus(WorkflowSubStatus expected, WorkflowInstance instance)
    {
        if (instance.SubStatus != expected)
            Assert.Fail($"Expected {expected} but the instance is {instance.Describe()}");
    }

    /// <summary>Fails unless the instance completed normally.</summary>
    public static void Finished(WorkflowInstance instance)
    {
        SubStatus(WorkflowSubStatus.Finished, instance);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    /// <summary>Fails unless the instance is running and waits on a bookmark.</summary>
    public static void Suspended(WorkflowInstance instance)
    {
        SubStatus(WorkflowSubStatus.Suspended, instance);
        Assert.Equal(WorkflowStatus.Running, instance.Status);
    }
}
