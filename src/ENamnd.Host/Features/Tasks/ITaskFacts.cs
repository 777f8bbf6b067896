using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// Facts another feature knows about a task as it stands now, shown on the task's page with its own, e.g. the meeting a
/// committee matter is on, which may have been set or moved since the task's email went out.
/// </summary>
public interface ITaskFacts
{
    /// <summary>The facts about <paramref name="task"/>, as Swedish term and value; none when there are none.</summary>
    Task<IReadOnlyList<TaskFact>> ForAsync(TaskRow task, CancellationToken cancellationToken);
}
