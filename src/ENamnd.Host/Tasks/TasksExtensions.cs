using ENamnd.Host.Persistence;
using ENamnd.Host.Storage;

namespace ENamnd.Host.Tasks;

/// <summary>Wiring of participant tasks: options, link tokens, the step record writers, the pages and the API.</summary>
public static class TasksExtensions
{
    /// <summary>Adds the <c>Host</c> and <c>Tasks</c> options (validated at start-up), tokens, links, the record writers and answer handling.</summary>
    public static IServiceCollection AddENamndTasks(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section)
            .Validate(o => PublicUrlOptions.IsValid(o.PublicBaseUrl),
                "Host:PublicBaseUrl måste vara en absolut http- eller https-adress utan frågedel, t.ex. https://enamnd.example.org.")
            .ValidateOnStart();
        services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section)
            .Validate(o => !o.HasConfiguredSecret || o.TokenSecret!.Trim().Length >= TaskOptions.MinimumSecretLength,
                $"Tasks:TokenSecret måste vara minst {TaskOptions.MinimumSecretLength} tecken, eller tomt för en genererad hemlighet.")
            .ValidateOnStart();
        services.AddSingleton<TaskTokenSecret>();
        services.AddSingleton<TaskTokens>();
        services.AddSingleton<TaskLinkBuilder>();
        services.AddSingleton<TaskEmailLinks>();
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<IStepRecordWriter, TaskOpenedWriter>();
        services.AddSingleton<IStepRecordWriter, TaskClosedWriter>();
        return services;
    }

    /// <summary>Maps the participant pages and the task API.</summary>
    public static IEndpointRouteBuilder MapENamndTasks(this IEndpointRouteBuilder app) => app.MapTaskPages().MapTaskApi();
}
