using ENamnd.Designer.Api.Instances;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Designer.Tests.Api.Instances;

public class InstanceListingTests
{
    [Fact]
    public void Should_AskTheStoreForEveryCriterion_When_TheStudioFiltersItsList()
    {
        var filter = InstanceListing.FilterOf(new WorkflowInstanceListRequest
        {
            DefinitionIds = ["a", "b", "a"], Statuses = ["running", "Finished"], SubStatuses = ["Faulted"], Version = 3, HasIncidents = true,
            SearchTerm = "  Kiruna ", CorrelationId = "NBD-2026-004",
        });

        Assert.NotNull(filter);
        Assert.Null(filter.DefinitionId);
        Assert.Equal(["a", "b"], filter.DefinitionIds);
        Assert.Equal([WorkflowStatus.Running, WorkflowStatus.Finished], filter.Statuses);
        Assert.Equal([WorkflowSubStatus.Faulted], filter.SubStatuses);
        Assert.Equal((3, true, "Kiruna", "NBD-2026-004"), (filter.Version, filter.HasIncidents, filter.SearchTerm, filter.CorrelationId));
    }

    [Theory]
    [InlineData("Okänd", null, null)]
    [InlineData(null, "a", "b")]
    public void Should_MatchNothing_When_TheRequestCannotMatch(string? status, string? definitionId, string? otherDefinitionId)
    {
        var request = new WorkflowInstanceListRequest
        {
            Statuses = status is null ? null : [status],
            DefinitionId = definitionId,
            DefinitionIds = otherDefinitionId is null ? null : [otherDefinitionId],
        };

        Assert.Null(InstanceListing.FilterOf(request));
    }

    [Theory]
    [InlineData(null, null, WorkflowInstanceOrderBy.Created, false)]
    [InlineData("Name", "Ascending", WorkflowInstanceOrderBy.Name, true)]
    [InlineData("LastExecuted", "1", WorkflowInstanceOrderBy.LastExecuted, false)]
    [InlineData("finished", "0", WorkflowInstanceOrderBy.Finished, true)]
    public void Should_OrderAsTheStudioAsks_When_ItSortsTheList(string? orderBy, string? direction, WorkflowInstanceOrderBy by, bool ascending)
    {
        var order = InstanceListing.OrderOf(new WorkflowInstanceListRequest { OrderBy = orderBy, OrderDirection = direction });

        Assert.Equal(new WorkflowInstanceOrder(by, ascending), order);
    }
}
