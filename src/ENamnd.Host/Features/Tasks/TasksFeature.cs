using ENamnd.Activities;
using ENamnd.Host.Infrastructure.Storage;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Tasks;

/// <summary>Participants' tasks: the emailed links, the task pages and the task API.</summary>
public sealed class TasksFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section)
            .Validate(o => PublicUrlOptions.IsValid(o.PublicBaseUrl),
                "Host:PublicBaseUrl måste vara en absolut http- eller https-adress utan frågedel, t.ex. https://enamnd.example.org.")
            .ValidateOnStart();
        services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section)
            .Validate(o => !o.HasConfiguredSecret || o.TokenSecret!.Trim().Length >= TaskOptions.MinimumSecretLength,
                $"Tasks:TokenSecret måste vara minst {TaskOptions.MinimumSecretLength} tecken, eller tomt för en genererad hemlighet.")
            .Validate(o => o.DeadlineTimeOfDay is not null, "Tasks:DeadlineTime måste vara en tid (TT:MM), t.ex. 16:00.")
            .ValidateOnStart();
        // Every time to answer ends on a working day at the configured time (the activities' default is 16:00).
        services.Replace(ServiceDescriptor.Singleton(sp => new WorkingDeadlines(sp.GetRequiredService<IOptions<TaskOptions>>().Value.DeadlineTimeOfDay ?? WorkingDeadlines.DefaultTimeOfDay)));
        services.AddSingleton<TaskTokenSecret>();
        services.AddSingleton<TaskTokens>();
        services.AddSingleton<TaskLinkBuilder>();
        services.AddSingleton<TaskEmailLinks>();
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<TaskCommands>();
        services.AddSingleton<IStepRecordWriter, TaskOpenedWriter>();
        services.AddSingleton<IStepRecordWriter, TaskClosedWriter>();
        services.AddSingleton<IStepRecordWriter, TaskRemindedWriter>();
        services.AddSingleton<IStepRecordWriter, TaskReassignedWriter>();
        services.AddSingleton<IOutboxHandler, EmailOutboxHandler>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTaskPages().MapTaskApi();
}
