using ENamnd.Activities;
using ENamnd.Activities.Allocation;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Allocations;

/// <summary>Cost allocation (fördelningsmodeller): preview how a cost is split before it is proposed or committed.</summary>
public static class AllocationEndpoints
{
    /// <summary>Maps <c>POST /api/allocations/preview</c>.</summary>
    public static IEndpointRouteBuilder MapAllocationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/allocations", "Fördelning").MapPost("/preview", PreviewAsync).ReadsJson<AllocationPreviewBody>()
            .WithSummary("Förhandsvisa en kostnadsfördelning").WithDescription("Modellen (t.ex. Hybrid), totalen i kronor och kommunerna; inget sparas.");
        return app;
    }

    private static async Task<Results<Ok<AllocationPreviewView>, ValidationProblem>> PreviewAsync(
        HttpRequest request, CostAllocator allocator, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<AllocationPreviewBody>(request, ct);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body!.Model)) return ApiProblems.Invalid("Ange en fördelningsmodell (model): Equal, Population, Hybrid eller Capped.");
        if (!EnumNames.TryParse<AllocationModel>(body.Model, out var model))
            return ApiProblems.Invalid($"Okänd fördelningsmodell: '{body.Model.Trim()}'. Välj Equal, Population, Hybrid eller Capped.");
        if (body.Total is not { } total) return ApiProblems.Invalid("Ange totalbeloppet (total) i hela kronor.");
        try
        {
            var result = allocator.Allocate(new AllocationRequest
            {
                Model = model,
                Total = total,
                Participants = body.Municipalities ?? [],
                PopulationYear = body.PopulationYear,
                EqualFraction = body.EqualFraction,
                EqualAmount = body.EqualAmount,
                PopulationAmount = body.PopulationAmount,
                Caps = body.Caps,
                RoundTo = body.RoundTo ?? 1m,
            });
            return TypedResults.Ok(AllocationPreviewView.From(result));
        }
        catch (AllocationException e)
        {
            return ApiProblems.Invalid(e.Message);
        }
    }
}
