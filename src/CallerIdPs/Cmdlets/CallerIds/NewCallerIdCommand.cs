using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary><para type="synopsis">Creates an Apple Business branded caller ID for a US number, showing Apple's validation warnings.</para></summary>
    [Cmdlet(VerbsCommon.New, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(AppleCallerId))]
    public sealed class NewCallerIdCommand : ConnectedCmdlet
    {
        /// <summary><para type="description">The US number in E.164, e.g. +18005555555.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Who calls from the number, e.g. department.general.support.customer_service.</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentCompleter))]
        public string? Department { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryCheck(() => (Guard.UsPhoneNumber(PhoneNumber), Guard.Department(Department)), PhoneNumber, out var input)) return;
            var (number, department) = input;

            var connection = SingleConnection(Connection, ProviderCapability.BrandedCallerIds, number);
            if (connection == null) return;
            if (!ShouldProcess($"Create caller ID {number} ({department}) on {Describe.Account(connection)}", $"Create caller ID {number} ({department})?", "Confirm"))
            {
                return;
            }

            Run(number, async (output, ct) =>
            {
                try
                {
                    var created = await connection.ClientAs<IBrandedCallerIds>().CreateAsync(number, department, ct).ConfigureAwait(false);
                    AppleValidationOutput.Write(output, created, number);
                    await output.WriteObjectAsync(created).ConfigureAwait(false);
                }
                catch (CallerIdException error)
                {
                    if (!AppleValidationOutput.WriteRefusal(output, error, number)) throw;
                }
            });
        }
    }
}
