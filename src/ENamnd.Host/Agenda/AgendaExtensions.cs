using ENamnd.Host.Persistence;

namespace ENamnd.Host.Agenda;

/// <summary>Registers the committee agenda.</summary>
public static class AgendaExtensions
{
    /// <summary>Adds the writer that stores agenda items with the step that placed them.</summary>
    public static IServiceCollection AddENamndAgenda(this IServiceCollection services) =>
        services.AddSingleton<IStepRecordWriter, AgendaItemWriter>();
}
