namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>Personal calendar subscriptions (kalenderprenumerationer): the feeds, the participant's page and the coordinator's API.</summary>
public sealed class CalendarFeedsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<CalendarFeedTokens>();
        services.AddSingleton<CalendarFeedStore>();
        services.AddSingleton<CalendarFeedLinks>();
        services.AddSingleton<CalendarFeedEvents>();
        services.AddSingleton<CoordinatorCalendarEvents>();
        services.AddSingleton<CalendarFeedDocument>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCalendarFeeds().MapCalendarFeedPage();
}
