using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

public class InMemoryAlterationPlanStoreContractTests : AlterationPlanStoreContractTests
{
    protected override Task<IAlterationPlanStore> CreateStoreAsync() => Task.FromResult<IAlterationPlanStore>(new InMemoryAlterationPlanStore());
}
