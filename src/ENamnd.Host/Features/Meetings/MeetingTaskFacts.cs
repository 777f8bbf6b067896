using ENamnd.Activities.Decisions;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Meetings;

/// <summary>The meeting a secretary's committee-decision task is for, as the agenda places its matter now.</summary>
public sealed class MeetingTaskFacts(MeetingAgenda agenda) : ITaskFacts
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<TaskFact>> ForAsync(TaskRow task, CancellationToken cancellationToken)
    {
        if (task.Kind != AwaitCommitteeDecision.TaskKind) return [];
        var meeting = await agenda.MeetingOfTaskAsync(task.Id, cancellationToken);
        return [new TaskFact("Sammanträde", meeting is null ? "Inget sammanträde är planerat för ärendet ännu" : MeetingTexts.Title(meeting))];
    }
}
