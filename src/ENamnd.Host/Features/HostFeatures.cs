using ENamnd.Host.Features.Allocations;
using ENamnd.Host.Features.ApiDocs;
using ENamnd.Host.Features.Audit;
using ENamnd.Host.Features.CalendarFeeds;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Features.Goals;
using ENamnd.Host.Features.HttpWorkflows;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Municipalities;
using ENamnd.Host.Features.Overview;
using ENamnd.Host.Features.Participants;
using ENamnd.Host.Features.ResumeLinks;
using ENamnd.Host.Features.Runtime;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Features.Webhooks;

namespace ENamnd.Host.Features;

/// <summary>The host's features, in the order they are wired and seeded (people before the meetings they sit on).</summary>
public static class HostFeatures
{
    /// <summary>Every feature of the host.</summary>
    public static IReadOnlyList<IHostFeature> All { get; } =
    [
        new RuntimeFeature(),
        new TasksFeature(),
        new MunicipalitiesFeature(),
        new ParticipantsFeature(),
        new AllocationsFeature(),
        new CasesFeature(),
        new MeetingsFeature(),
        new ContractsFeature(),
        new GoalsFeature(),
        new OverviewFeature(),
        new AuditFeature(),
        new WebhooksFeature(),
        new HttpWorkflowsFeature(),
        new CalendarFeedsFeature(),
        new ResumeLinksFeature(),
        new ApiDocsFeature(),
    ];
}
