using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

public class InMemoryWorkflowStoreContractTests : WorkflowStoreContractTests
{
    protected override Task<IWorkflowDefinitionStore> CreateDefinitionStoreAsync() =>
        Task.FromResult<IWorkflowDefinitionStore>(new InMemoryWorkflowDefinitionStore());

    protected override Task<WorkflowStateStores> CreateStateStoresAsync()
    {
        var store = new InMemoryWorkflowStateStore();
        return Task.FromResult(new WorkflowStateStores(store, store, store, store, new LockedStepSessions(new InMemoryInstanceLock(), store, store, store), store));
    }

    protected override IResumeTokenStore ResumeTokensOf(WorkflowStateStores stores) => new InMemoryResumeTokenStore((InMemoryWorkflowStateStore)stores.Instances);
}
