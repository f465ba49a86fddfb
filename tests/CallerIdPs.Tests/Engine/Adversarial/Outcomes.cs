using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>The promises of issue 13, as assertions on what the public surface shows.</summary>
    internal static class Outcomes
    {
        /// <summary>The stable error kinds of ../shared/design/cmdlets.md and the module's own additions.</summary>
        private static readonly HashSet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
        {
            "CredentialMissing", "AuthenticationFailed", "PermissionDenied", "NotFound", "InvalidInput", "RateLimited",
            "ProviderUnavailable", "NumberUnavailable", "RequirementsUnmet", "ReservationExpired", "VerificationExpired",
            "OtpRejected", "EtagConflict", "OutcomeUnknown", "AlreadyAttempted", "PaymentRequired", "Conflict", "NotSupported",
            "NotConnected", "ConnectionAmbiguous", "ProviderError",
        };

        public static bool IsCallerIdKind(string kind) => Kinds.Contains(kind);

        public static string Kind(ErrorRecord error) => error.FullyQualifiedErrorId.Split(',')[0];

        public static string? Property(PSObject item, string name)
        {
            try
            {
                return item.Properties[name]?.Value?.ToString();
            }
            catch (GetValueException)
            {
                return null;
            }
        }

        public static string Show(PSObject item) =>
            Property(item, "PhoneNumber") is string number ? $"{item.BaseObject.GetType().Name} {number} {Property(item, "Status")}" : item.ToString();

        /// <summary>Every error is a CallerId ErrorRecord (stable kind, CallerIdException) without a .NET stack trace, and nothing terminated the script.</summary>
        public static void AssertOnlyCallerIdErrors(TimedResult run)
        {
            Assert.True(run.Result.Terminating == null, "A raw exception terminated the script: " + run.Result.Terminating);
            foreach (var error in run.Errors)
            {
                Assert.True(Kinds.Contains(Kind(error)), $"Not a CallerId error id: '{error.FullyQualifiedErrorId}' ({error.Exception?.GetType().FullName}: {error.Exception?.Message})");
                Assert.True(error.Exception?.GetType().FullName == "CallerIdPs.Errors.CallerIdException",
                    $"{error.FullyQualifiedErrorId} carries a {error.Exception?.GetType().FullName}, not a CallerIdException: {error.Exception?.Message}");
                var shown = error + "\n" + error.ErrorDetails?.Message + "\n" + error.ErrorDetails?.RecommendedAction;
                Assert.False(shown.Contains("   at ", StringComparison.Ordinal), "A .NET stack trace reaches the user: " + shown);
            }
        }

        /// <summary>
        /// Issue 13 item 1: a purchase whose answer was lost is reported bought (settled, once) or OutcomeUnknown; never
        /// "not bought, safe to try again", and the purchase request went out exactly once.
        /// </summary>
        public static void AssertNeverSafeToRetry(TimedResult run, string number, int purchasePosts, params string[] alsoAcceptedErrors)
        {
            run.AssertFinished();
            AssertOnlyCallerIdErrors(run);
            Assert.True(purchasePosts == 1, $"The purchase was sent {purchasePosts} times; at most once is the promise. {run.Describe()}");
            var everything = string.Join("\n", run.Result.EverythingAsText());
            foreach (var claim in NotBoughtClaims)
            {
                Assert.False(everything.Contains(claim, StringComparison.OrdinalIgnoreCase),
                    $"The module said '{claim}' about a purchase the provider committed. {run.Describe()}");
            }

            var bought = run.Output.Where(o => Property(o, "PhoneNumber") == number && (Property(o, "Status") == "Purchased" || Property(o, "Status") == "Pending")).ToList();
            var unknown = run.Errors.Where(e => Kind(e) == "OutcomeUnknown" || alsoAcceptedErrors.Contains(Kind(e))).ToList();
            Assert.True(bought.Count + unknown.Count == 1 && run.Errors.Count == unknown.Count,
                $"Expected exactly one outcome for {number}: Purchased (settled) or OutcomeUnknown. {run.Describe()}");
        }

        /// <summary>Bad credentials: one InvalidInput at Connect, and the server never heard of them.</summary>
        public static void AssertRefusedBeforeAnyRequest(TimedResult run, FaultSession fault)
        {
            var sent = fault.Server.Requests.All;
            Assert.True(run.Errors.Count == 1 && Kind(run.Errors[0]) == "InvalidInput" && sent.Count == 0,
                $"Expected InvalidInput at Connect before any request; {sent.Count} request(s) reached the server ({string.Join(", ", sent)}). {run.Describe()}");
        }

        /// <summary>What the module says only with proof that nothing was bought.</summary>
        private static readonly string[] NotBoughtClaims = { "safe to try again", "was not bought", "nothing was bought" };

        /// <summary>No secret in any stream, the host's text or $Error; a failure names the place, never the secret.</summary>
        public static void AssertNoSecret(FaultSession session, TimedResult run, IEnumerable<string> secrets)
        {
            var result = run.Result;
            var places = new Dictionary<string, string>
            {
                ["output"] = string.Join("\n", result.Output.Select(o => o + "\n" + PSSerializer.Serialize(o, 3))),
                ["errors"] = string.Join("\n", result.Errors.Select(e => $"{e}\n{e.Exception}\n{e.ErrorDetails?.Message}\n{e.ErrorDetails?.RecommendedAction}\n{e.TargetObject}\n{PSSerializer.Serialize(e, 3)}")),
                ["warnings"] = string.Join("\n", result.Warnings),
                ["verbose"] = string.Join("\n", result.Verbose),
                ["debug"] = string.Join("\n", result.Debug),
                ["information"] = string.Join("\n", result.Information),
                ["terminating"] = result.Terminating?.ToString() ?? "",
                ["host"] = session.Session.Host.Text,
                ["$Error"] = session.ErrorVariableText(),
            };
            var index = 0;
            foreach (var secret in secrets)
            {
                index++;
                if (string.IsNullOrEmpty(secret)) continue;
                foreach (var place in places)
                {
                    Assert.False(place.Value.Contains(secret, StringComparison.Ordinal), $"Secret #{index} reached {place.Key}.");
                }
            }
        }
    }
}
