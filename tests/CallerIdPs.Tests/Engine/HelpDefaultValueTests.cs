using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Get-Help's "Default value" of every parameter that has one is the value the cmdlet really starts with (the
    /// help generator takes it from a "Default value: ..." paragraph of the parameter's help).</summary>
    public sealed class HelpDefaultValueTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public void Dispose() => _session.Dispose();

        /// <summary>A parameter's starting value as a user would type it; null when it starts unset (null, "", 0, false).</summary>
        private static string? RealDefault(object? value) => value switch
        {
            null => null,
            string text => text.Length == 0 ? null : text,
            SwitchParameter _ => null,
            bool _ => null,
            TimeSpan span => span.TotalDays.ToString("0.##", CultureInfo.InvariantCulture) + " days",
            Enum e => e.ToString(),
            IConvertible number when Convert.ToDecimal(number, CultureInfo.InvariantCulture) == 0 => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        [Fact]
        public void Every_parameter_with_a_real_default_shows_it_in_Get_Help()
        {
            var problems = new List<string>();
            var checkedDefaults = 0;
            foreach (var command in _session.Run("Get-Command -Module CallerId").Objects<CmdletInfo>())
            {
                var fresh = Activator.CreateInstance(command.ImplementingType)!;
                // A parameter mandatory in every set it is in never runs with its starting value.
                foreach (var property in command.ImplementingType.GetProperties().Where(p => p.GetCustomAttributes<ParameterAttribute>().Any(a => !a.Mandatory)))
                {
                    var expected = RealDefault(property.GetValue(fresh));
                    if (expected == null) continue;
                    checkedDefaults++;
                    var shown = _session.Run($"(Get-Help {command.Name} -Parameter {property.Name}).defaultValue").Output.Single().ToString();
                    if (shown != expected) problems.Add($"{command.Name} -{property.Name}: help says '{shown}', the cmdlet starts with '{expected}'");
                }
            }

            Assert.True(problems.Count == 0, string.Join("; ", problems));
            Assert.True(checkedDefaults >= 4, $"only {checkedDefaults} defaults found: the check reads the wrong cmdlets");
        }

        [Theory]
        [InlineData("Connect-CallerIdProvider", "TimeoutSec", "100")]
        [InlineData("Connect-CallerIdProvider", "Environment", "Production")]
        [InlineData("Connect-CallerIdProvider", "ApiKey", "None")]
        [InlineData("Connect-CallerIdProvider", "Sandbox", "False")]
        public void Get_Help_Full_shows_the_default_the_help_states(string command, string parameter, string expected)
        {
            var shown = _session.Run($"(Get-Help {command} -Parameter {parameter}).defaultValue").Output.Single().ToString();

            Assert.Equal(expected, shown);
            Assert.DoesNotContain("Default value:", _session.Run($"(Get-Help {command} -Parameter {parameter}).description.Text -join ' '").Output.Single().ToString());
        }
    }
}
