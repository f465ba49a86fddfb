using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Tests.Engine.Resilience
{
    /// <summary>
    /// Every cmdlet parameter that takes text, fed empty, huge, unicode and injection-shaped values: each gets a clear
    /// error before any request leaves the module, nothing is written, and the runspace keeps working.
    /// </summary>
    public sealed class BadInputTableTests
    {
        /// <summary>Values no phone number, country, id, code, digit string, Auth ID or connection name can be.</summary>
        public static readonly string[] Hostile =
        {
            "", " ", new string('9', 100_000), "😀📞", "\u202E0010555141+", "'; DROP TABLE numbers;--", "../../etc/passwd",
            "$(Get-Process)", "%00", "a\u0000b", "{{7*7}}", "<script>alert(1)</script>", "+1 (415) 555-01x0", "\u2028",
        };

        /// <summary>For free text (aliases, city names), only what is not text at all: empty, blank, huge, control characters.</summary>
        public static readonly string[] NotText = { "", " ", new string('x', 100_000), "a\u0000b", "H\u2028Q" };

        private static readonly (string Command, string[] Values)[] TwoChatTable =
        {
            ("New-NumberReservation -GroupId gbmob-100 -PhoneNumber $v", Hostile),
            ("Get-CallerId -PhoneNumber $v", Hostile),
            ("Get-NumberRegion -Country $v", Hostile),
            ("Get-NumberCity -Country $v", Hostile),
            ("Find-NumberGroup -Country $v -Type mobile", Hostile),
            ("Get-NumberRequirement -Country $v -Type local", Hostile),
            ("Get-CallerId -Country $v", Hostile),
            ("Get-AvailableNumber -GroupId $v", Hostile),
            ("Get-AvailableNumber -GroupId gbtol-100 -Contains $v", Hostile),
            ("New-NumberReservation -GroupId $v", Hostile),
            ("Remove-NumberReservation -Id $v -Force", Hostile),
            ("Remove-VirtualNumber -Id $v -Force", Hostile),
            ("Get-VirtualNumber -Id $v", Hostile),
            ("Get-NumberType -Connection $v", Hostile),
            ("Get-CallerId -Alias $v", new[] { "", "[", "old-[" }),
            ("Find-NumberGroup -Country GB -City $v", NotText),
        };

        private static readonly (string Command, string[] Values)[] PlivoTable =
        {
            ("Confirm-CallerIdVerification -VerificationId abc -Otp $v", Hostile),
            ("Confirm-CallerIdVerification -VerificationId $v -Otp 123456", Hostile),
            ("Start-CallerIdVerification -PhoneNumber $v", Hostile),
            ("Remove-CallerId -Connection Plivo -PhoneNumber $v -Force", Hostile),
            ("Set-CallerId -Connection Plivo -PhoneNumber $v -Alias x", Hostile),
            ("Get-CallerId -Connection Plivo -Subaccount $v", Hostile),
            ("Start-CallerIdVerification -PhoneNumber +14155550100 -Subaccount $v", Hostile),
            ("Start-CallerIdVerification -PhoneNumber +14155550100 -Alias $v", NotText),
            ("Set-CallerId -Connection Plivo -PhoneNumber +14155550100 -Alias $v", NotText),
        };

        private static readonly (string Command, string[] Values)[] AppleTable =
        {
            ("New-CallerId -PhoneNumber $v -Department department.general.support.customer_service", Hostile),
            ("New-CallerId -PhoneNumber +18005555555 -Department $v", Hostile),
            ("Get-CallerId -Connection AppleBusiness -Department $v", Hostile),
            ("Get-CallerId -Connection AppleBusiness -Id $v", Hostile),
            ("Set-CallerId -Connection AppleBusiness -Id $v -Department department.general.support.customer_service", Hostile),
            ("Remove-CallerId -Connection AppleBusiness -Id $v -Force", Hostile),
        };

        private static readonly (string Command, string[] Values)[] IdentityCallTable =
        {
            ("Get-VirtualNumber -Connection IdentityCall -Id $v", Hostile),
            ("Set-VirtualNumber -Connection IdentityCall -Id $v -Name Sales", Hostile),
            ("Set-VirtualNumber -Connection IdentityCall -Id 7 -Name $v", NotText),
            ("Get-AvailableNumber -Connection IdentityCall -Country $v -Type local", Hostile),
        };

        /// <summary>How many inputs the tables try (quoted in the README's RELIABILITY section).</summary>
        public static int InputsTried => TwoChatTable.Concat(PlivoTable).Concat(AppleTable).Concat(IdentityCallTable).Sum(row => row.Values.Length);

        [Fact]
        public void Every_2Chat_text_parameter_refuses_bad_values_before_any_request()
        {
            using var tc = new LoopbackModuleSession();
            AssertRefusedWithoutRequests(tc.Session, () => tc.Emulator.RequestCount, TwoChatTable);
            Assert.Equal(6, tc.Run("Get-NumberType").Output.Count);
        }

        [Fact]
        public void Every_Plivo_text_parameter_refuses_bad_values_before_any_request()
        {
            using var pl = new PlivoLoopbackSession();
            AssertRefusedWithoutRequests(pl.Session, () => pl.Emulator.RequestCount, PlivoTable);
            Assert.NotEmpty(pl.Run("Get-CallerId -Connection Plivo -First 1").Output);
        }

        [Fact]
        public void Every_Apple_text_parameter_refuses_bad_values_before_any_request()
        {
            using var apple = new AppleLoopbackSession();
            AssertRefusedWithoutRequests(apple.Session, () => apple.Emulator.RequestCount, AppleTable);
            Assert.NotEmpty(apple.Run("Get-CallerId -Connection AppleBusiness -First 1").Output);
        }

        [Fact]
        public void Every_IdentityCall_text_parameter_refuses_bad_values_before_any_request()
        {
            using var idc = new IdentityCallLoopbackSession();
            AssertRefusedWithoutRequests(idc.Session, () => idc.Emulator.RequestCount, IdentityCallTable);
            Assert.NotEmpty(idc.Run("Get-VirtualNumber -Connection IdentityCall").Output);
        }

        [Fact]
        public void The_tables_try_hundreds_of_inputs()
        {
            Assert.True(InputsTried >= 300, $"{InputsTried} inputs");
        }

        private static void AssertRefusedWithoutRequests(ModuleSession session, Func<int> requests, IEnumerable<(string Command, string[] Values)> table)
        {
            var problems = new List<string>();
            foreach (var (command, values) in table)
            {
                foreach (var value in values)
                {
                    session.SetVariable("v", value);
                    var before = requests();
                    var result = session.Run(command);
                    var shown = value.Length > 30 ? value.Substring(0, 30) + "…" : value;
                    var label = $"{command} with '{shown}'";
                    if (requests() != before) problems.Add($"{label}: sent {requests() - before} request(s)");
                    if (result.Output.Count > 0) problems.Add($"{label}: wrote {result.Output.Count} object(s)");
                    if (result.Terminating != null && !(result.Terminating is System.Management.Automation.ParameterBindingException))
                    {
                        problems.Add($"{label}: terminated with {result.Terminating.GetType().Name}: {result.Terminating.Message}");
                    }

                    var errors = result.Errors.Select(e => e.FullyQualifiedErrorId).ToList();
                    if (result.Terminating == null && errors.Count == 0) problems.Add($"{label}: no error");
                    foreach (var id in errors.Where(id => !IsClearInputError(id)))
                    {
                        problems.Add($"{label}: unexpected error {id}");
                    }

                    foreach (var error in result.Errors.Where(e => e.Exception.Message.Length > 1000))
                    {
                        problems.Add($"{label}: a {error.Exception.Message.Length}-character message echoes the value");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        // The module's own check, or PowerShell's parameter binding and validation: both name the parameter and value.
        // A -Connection that names no connection is the module's NotConnected (#14).
        private static bool IsClearInputError(string id) =>
            id.StartsWith("InvalidInput,", StringComparison.Ordinal)
            || id.StartsWith("NotConnected,", StringComparison.Ordinal)
            || id.StartsWith("ParameterArgumentValidationError", StringComparison.Ordinal)
            || id.StartsWith("ParameterArgumentTransformationError", StringComparison.Ordinal)
            || id.StartsWith("ParameterBindingFailed", StringComparison.Ordinal)
            || id.StartsWith("ParameterArgumentValidationErrorEmptyStringNotAllowed", StringComparison.Ordinal);
    }
}
