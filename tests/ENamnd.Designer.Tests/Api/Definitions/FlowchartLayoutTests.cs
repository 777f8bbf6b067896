using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Definitions;

namespace ENamnd.Designer.Tests.Api.Definitions;

public class FlowchartLayoutTests
{
    // Steps with short texts are drawn at the narrowest width.
    private const double Pitch = FlowchartLayout.MinNodeWidth + FlowchartLayout.ColumnGap;

    [Fact]
    public void Should_PlaceStepsInLayers_When_FlowHasBranchAndLoop()
    {
        // start → ask → (yes) done, (no) revise → ask again.
        var chart = Chart(["start", "ask", "done", "revise"], [("start", "ask"), ("ask", "done"), ("ask", "revise"), ("revise", "ask")]);

        FlowchartLayout.Apply(chart);

        var at = Positions(chart);
        Assert.Equal((0, 0), at["start"]);
        Assert.Equal((Pitch, 0), at["ask"]);
        Assert.Equal(2 * Pitch, at["done"].X);
        Assert.Equal(2 * Pitch, at["revise"].X);
        Assert.Equal(FlowchartLayout.RowHeight, Math.Abs(at["done"].Y - at["revise"].Y));
    }

    [Fact]
    public void Should_PlaceWhatItCanAndIgnoreTheRest_When_TheJsonHoldsOddValues()
    {
        // Flat connections, a placeholder's numeric type, a text where metadata belongs, a numeric id: an imported file
        // may hold any of these, and laying it out must never fail.
        var chart = new JsonObject
        {
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "start", ["type"] = 7 },
                new JsonObject { ["id"] = "next", ["type"] = "Elsa.WriteLine", ["metadata"] = "ingen" },
                new JsonObject { ["id"] = 42, ["type"] = "Elsa.End" }),
            ["connections"] = new JsonArray(new JsonObject { ["source"] = "start", ["target"] = "next", ["sourcePort"] = "Done" }),
        };

        FlowchartLayout.Apply(chart);

        var placed = chart["activities"]!.AsArray().OfType<JsonObject>().Where(a => a["metadata"] is JsonObject).ToList();
        Assert.Equal(["start", "next"], placed.Select(a => (string?)a["id"]));
        Assert.True((double)placed[1]["metadata"]!["designer"]!["position"]!["x"]! > (double)placed[0]["metadata"]!["designer"]!["position"]!["x"]!);
    }

    [Fact]
    public void Should_KeepDesignerPositions_When_ActivitiesHaveThem()
    {
        var chart = Chart(["a", "b"], [("a", "b")]);
        foreach (var activity in chart["activities"]!.AsArray())
            activity!["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 500.0, ["y"] = 70.0 } } };

        FlowchartLayout.Apply(chart);

        Assert.All(Positions(chart).Values, p => Assert.Equal((500, 70), p));
    }

    [Fact]
    public void Should_LayOutNestedFlowchart_When_ActivityIsFlowchart()
    {
        var inner = Chart(["x", "y"], [("x", "y")]);
        inner["id"] = "inner";
        var outer = Chart(["a"], []);
        outer["activities"]!.AsArray().Add(inner);

        FlowchartLayout.Apply(outer);

        Assert.Equal(Pitch, Positions(inner)["y"].X);
        Assert.Equal(2, Positions(outer).Count);
    }

    [Fact]
    public void Should_WidenALayer_When_AStepInItHasALongText()
    {
        var chart = Chart(["start", "decide", "yes", "no", "end"], [("start", "decide"), ("decide", "yes"), ("decide", "no"), ("yes", "end")]);
        const string longText = "Beslut efter utvecklingsprojekt";
        chart["activities"]![1]!["metadata"]!["displayText"] = longText;
        chart["activities"]![3]!["metadata"]!["displayText"] = "Nej";

        FlowchartLayout.Apply(chart);

        var at = Positions(chart);
        var wide = FlowchartLayout.WidthOf(chart["activities"]![1]!.AsObject());
        Assert.Equal(96 + 8 * longText.Length, wide);
        Assert.Equal(Pitch, at["decide"].X);
        Assert.Equal(Pitch + wide + FlowchartLayout.ColumnGap, at["yes"].X);
        Assert.Equal(at["yes"].X, at["no"].X);
        Assert.Equal(at["yes"].X + Pitch, at["end"].X);
    }

    [Fact]
    public void Should_WrapIntoBandsReadLeftToRightTopToBottom_When_TheFlowIsLong()
    {
        var ids = Enumerable.Range(1, 30).Select(i => $"steg{i}").ToArray();
        var chart = Chart(ids, [.. ids.Zip(ids.Skip(1))]);

        FlowchartLayout.Apply(chart);

        var at = ids.Select(id => Positions(chart)[id]).ToList();
        Assert.All(at, p => Assert.True(p.X + FlowchartLayout.MinNodeWidth <= FlowchartLayout.BandWidth, $"{p.X} reaches past the band."));
        var perBand = (int)((FlowchartLayout.BandWidth + FlowchartLayout.ColumnGap) / Pitch);
        for (var i = 1; i < at.Count; i++)
        {
            if (i % perBand == 0)
            {
                // A new band: back to the left, below the last one.
                Assert.Equal(0, at[i].X);
                Assert.Equal(at[i - 1].Y + FlowchartLayout.RowHeight + FlowchartLayout.BandGap, at[i].Y);
            }
            else
            {
                Assert.Equal((at[i - 1].X + Pitch, at[i - 1].Y), at[i]);
            }
        }
        Assert.Equal((int)Math.Ceiling(30.0 / perBand), at.Select(p => p.Y).Distinct().Count());
    }

    private static JsonObject Chart(string[] ids, (string From, string To)[] connections) => new()
    {
        ["id"] = "flow",
        ["type"] = "Elsa.Flowchart",
        ["activities"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = "Elsa.WriteLine", ["metadata"] = new JsonObject() })]),
        ["connections"] = new JsonArray([.. connections.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = c.To, ["port"] = "In" },
        })]),
    };

    private static Dictionary<string, (double X, double Y)> Positions(JsonObject chart) =>
        chart["activities"]!.AsArray().ToDictionary(a => (string)a!["id"]!, a =>
        {
            var p = a!["metadata"]!["designer"]!["position"]!;
            return ((double)p["x"]!, (double)p["y"]!);
        });
}
