using ENamnd.Engine.Expressions;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

/// <summary>The services a step runs with: the clock, expression evaluation, logging and the container.</summary>
public sealed record WorkflowServices(TimeProvider Clock, ExpressionEvaluator Expressions, ILogger Logger, IServiceProvider Provider);
