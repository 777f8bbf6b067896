using System.Globalization;
using ENamnd.Engine.Runtime;
using Jint.Native;
using JsEngine = Jint.Engine;

namespace ENamnd.Engine.Expressions;

/// <summary>Elsa's HTTP module function <c>createEventTriggerUrl(eventName, lifetimeOrExpiryDate?)</c>.</summary>
internal static partial class JavaScriptFunctions
{
    /// <summary>
    /// Adds <c>createEventTriggerUrl</c>: a single-use link that triggers the event in this instance. The second argument
    /// is a lifetime (<c>"2.00:00:00"</c>), an expiry (a <c>Date</c> or an ISO 8601 text), or left out for the configured lifetime.
    /// </summary>
    public static void InstallTriggerUrls(JsEngine engine, ActivityExecutionContext context) =>
        engine.SetValue("createEventTriggerUrl", new Func<JsValue, JsValue, string>((eventName, validity) =>
        {
            var name = JavaScriptValues.Text(eventName) ?? "";
            return validity switch
            {
                JsDate date => context.GenerateEventTriggerUrl(name, expiresAt: new DateTimeOffset(date.ToDateTime().ToUniversalTime(), TimeSpan.Zero)),
                _ when JavaScriptValues.Text(validity) is not { Length: > 0 } => context.GenerateEventTriggerUrl(name),
                _ when TimeSpan.TryParse(JavaScriptValues.Text(validity), CultureInfo.InvariantCulture, out var lifetime) => context.GenerateEventTriggerUrl(name, lifetime),
                _ when DateTimeOffset.TryParse(JavaScriptValues.Text(validity), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiry) =>
                    context.GenerateEventTriggerUrl(name, expiresAt: expiry),
                _ => throw new ArgumentException($"createEventTriggerUrl: '{JavaScriptValues.Text(validity)}' är varken en giltighetstid (t.ex. 2.00:00:00) eller en tidpunkt."),
            };
        }));
}
