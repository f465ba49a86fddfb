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
    /// <summary>
    /// <para type="synopsis">Changes a caller ID: a Plivo caller ID's alias and subaccount, an Apple Business caller ID's department
    /// (guarded by the etag it was read with). Takes caller IDs from Get-CallerId.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CallerId))]
    public sealed class SetCallerIdCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its columns, so Import-Csv rows bind by property name (see CallerIdTarget).

        /// <summary><para type="description">A caller ID from Get-CallerId.</para></summary>
        [Parameter(ValueFromPipeline = true)]
        public CallerId? InputObject { get; set; }

        /// <summary><para type="description">The caller ID's number (E.164); binds from the PhoneNumber of piped objects and CSV rows.</para></summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Apple Business: the caller ID's id (it is read first, for its etag).</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Id { get; set; }

        /// <summary><para type="description">Plivo: the new alias.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Alias { get; set; }

        /// <summary><para type="description">Plivo: the Auth ID of the subaccount to move the caller ID to (main-account credentials only).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subaccount { get; set; }

        /// <summary><para type="description">Apple Business: the new department, e.g. department.general.support.customer_service.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentCompleter))]
        public string? Department { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Id), Id, out var id)) return;
            Id = id;
            var target = (object?)InputObject ?? PhoneNumber ?? Id;
            if (!CallerIdTarget.Given(this, InputObject, PhoneNumber, Id)) return;
            if (Department != null && (Alias != null || Subaccount != null))
            {
                WriteFailure(CallerIdException.InvalidInputFor("-Department is Apple Business's and -Alias/-Subaccount are Plivo's: give one kind.", target), target);
                return;
            }

            if (Department != null)
            {
                SetDepartment(target);
                return;
            }

            var provider = CallerIdTarget.Provider(InputObject, Connection, PhoneNumber, Id);
            if (provider.HasValue && !ConnectionFactory.Supports(provider.Value, ProviderCapability.ManageCallerIds | ProviderCapability.VerifyCallerIds))
            {
                var name = provider.HasValue ? provider.Value.DisplayName() : "Apple Business";
                WriteFailure(CallerIdException.InvalidInputFor($"{name} caller IDs have no alias or subaccount: give -Department" + (name == "Apple Business" ? "." : " (Apple Business) or pipe Plivo caller IDs."), target), target);
                return;
            }

            if (Alias == null && Subaccount == null)
            {
                WriteFailure(CallerIdException.InvalidInputFor("Nothing to change: give -Alias and/or -Subaccount (Plivo) or -Department (Apple Business).", target), target);
                return;
            }

            // Alias and subaccount are Plivo's: the connections that verify caller IDs.
            var connection = SingleConnection(Connection, ProviderCapability.ManageCallerIds | ProviderCapability.VerifyCallerIds, target);
            if (connection == null) return;
            var editor = connection.ClientAs<ICallerIdsByNumber>();
            if (!TryCheck(() => editor.Validate(new CallerIdChange { Record = InputObject, PhoneNumber = PhoneNumber, Id = Id, Alias = Alias, Subaccount = Subaccount }), target, out var checkedChange)) return;
            var number = checkedChange.PhoneNumber!;

            var changes = (Alias != null ? $"alias '{Alias}'" : "") + (Alias != null && Subaccount != null ? " and " : "") + (Subaccount != null ? $"subaccount {Subaccount}" : "");
            var change = $"Set {changes} on caller ID {number} of {Describe.Account(connection)}";
            if (!ShouldProcess(change + ".", change + "?", "Confirm"))
            {
                return;
            }

            if (Run(target, (output, ct) => editor.UpdateAsync(number, Alias, Subaccount, ct), out var updated))
            {
                WriteObject(updated);
            }
        }

        private void SetDepartment(object? target)
        {
            if (InputObject != null && !(InputObject is AppleCallerId))
            {
                WriteFailure(CallerIdException.InvalidInputFor($"{InputObject.Provider.DisplayName()} caller IDs have no department (-Department is Apple Business's).", target), target);
                return;
            }

            if (!TryCheck(() => Guard.Department(Department), target, out var department)) return;

            var connection = SingleConnection(Connection, ProviderCapability.BrandedCallerIds, target);
            if (connection == null) return;
            var apple = InputObject as AppleCallerId;
            var what = apple != null ? $"{apple.PhoneNumber} (id {apple.Id})" : PhoneNumber ?? "id " + Id;
            var change = $"Set department {department} on caller ID {what} of {Describe.Account(connection)}";
            if (!ShouldProcess(change + ".", change + "?", "Confirm"))
            {
                return;
            }

            Run(target, async (output, ct) =>
            {
                var client = connection.ClientAs<IBrandedCallerIds>();
                var current = apple ?? await client.RequireAsync(Id, PhoneNumber, ct).ConfigureAwait(false);
                try
                {
                    // The etag is the one the caller read: if Apple's record moved on since, this is an EtagConflict, not a silent overwrite.
                    var updated = await client.UpdateDepartmentAsync(current.Id, current.PhoneNumber, current.Etag ?? "", department, ct).ConfigureAwait(false);
                    AppleValidationOutput.Write(output, updated, target);
                    await output.WriteObjectAsync(updated).ConfigureAwait(false);
                }
                catch (CallerIdException error)
                {
                    if (!AppleValidationOutput.WriteRefusal(output, error, target)) throw;
                }
            });
        }
    }
}
