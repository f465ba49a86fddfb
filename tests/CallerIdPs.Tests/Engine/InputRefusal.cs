using System;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Input a cmdlet refuses before any request: the checks every such refusal owes the user.</summary>
    internal static class InputRefusal
    {
        /// <summary>
        /// Runs <paramref name="command"/> with -Debug and returns its one error, checked to be InvalidInput (category
        /// InvalidArgument) about the value <paramref name="offending"/> evaluates to, with no request sent and no What if.
        /// </summary>
        public static ErrorRecord Of(ModuleSession session, string command, string offending)
        {
            var expected = session.Run(offending).Output.Single();
            session.Host.Clear();

            var result = session.Run(command + " -Debug");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(expected.ToString(), error.TargetObject?.ToString());
            Assert.DoesNotContain(result.Debug, d => d.Contains("Request:"));
            Assert.DoesNotContain("What if", session.Host.Text);
            return error;
        }
    }
}
