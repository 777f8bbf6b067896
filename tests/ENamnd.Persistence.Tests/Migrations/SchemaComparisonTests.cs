namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>The comparison behind the schema parity test, on hand-made descriptions: silent on a match, every difference named otherwise.</summary>
public sealed class SchemaComparisonTests
{
    [Fact]
    public void Should_FindNothing_When_TheSchemasMatch()
    {
        Assert.Empty(SchemaComparison.Differences("A", Reference(), "B", Reference()));
    }

    [Fact]
    public void Should_NameEveryDifference_When_TheSchemasDiffer()
    {
        var reference = Reference();
        var tasks = reference.Tables[0];
        var changed = new SchemaDescription(
        [
            tasks with
            {
                Columns = [new("id", false), new("title", false), new("case_number", false), new("answers", true)],
                PrimaryKey = ["id", "title"],
                Indexes =
                [
                    new("ix_tasks_case_number", ["case_number", "id"], Unique: false, Partial: false),
                    new("ix_tasks_title", ["title"], Unique: false, Partial: false),
                    new(IndexDescription.ForUniqueConstraint("tasks", ["title"]), ["title"], Unique: true, Partial: false),
                    new("ix_tasks_open", ["id"], Unique: true, Partial: false),
                ],
                Triggers = ["tasks_no_delete"],
            },
            new TableDescription("plans", [new("id", false)], ["id"], [], []),
        ]);

        var differences = SchemaComparison.Differences("PostgreSQL", reference, "SQLite", changed);

        Assert.Equal(
        [
            "table decisions: only on PostgreSQL",
            "table plans: only on SQLite",
            "table tasks, column answers: only on SQLite",
            "table tasks, column case_number: case_number NULL on PostgreSQL, case_number NOT NULL on SQLite",
            "table tasks, column status: only on PostgreSQL",
            "table tasks, primary key: (id) on PostgreSQL, (id, title) on SQLite",
            "table tasks, index ix_tasks_case_number: (case_number) on PostgreSQL, (case_number, id) on SQLite",
            "table tasks, index ix_tasks_open: (id) WHERE … on PostgreSQL, UNIQUE (id) on SQLite",
            "table tasks, index ix_tasks_status: only on PostgreSQL",
            "table tasks, index ix_tasks_title: only on SQLite",
            "table tasks, index tasks_title_key (unique constraint): only on SQLite",
            "table tasks, trigger tasks_no_change: only on PostgreSQL",
            "table tasks, trigger tasks_no_delete: only on SQLite",
        ], differences);
    }

    // Two tables with a bit of everything: nullable and required columns, plain, partial and unique indexes, a trigger.
    private static SchemaDescription Reference() => new(
    [
        new TableDescription(
            "tasks",
            [new("id", false), new("title", false), new("case_number", true), new("status", false)],
            ["id"],
            [
                new("ix_tasks_case_number", ["case_number"], Unique: false, Partial: false),
                new("ix_tasks_status", ["status"], Unique: false, Partial: false),
                new("ix_tasks_open", ["id"], Unique: false, Partial: true),
            ],
            ["tasks_no_change"]),
        new TableDescription(
            "decisions",
            [new("id", false), new("task_id", false)],
            ["id"],
            [new("ix_decisions_task_id", ["task_id", IndexDescription.Expression], Unique: true, Partial: false)],
            []),
    ]);
}
