using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.PurchaseNumbers)]
    [Cmdlet(VerbsLifecycle.Invoke, "NumberPurchase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(NumberPurchaseResult))]
    public sealed class InvokeNumberPurchaseCommand : ConnectedCmdlet
    {
        // One parameter set for the objects and the ReservationId column: with several pipeline sets PowerShell settles on
        // one before it sees the input, and Import-Csv rows then fail to bind. Which one was given is checked below.

        [Parameter(ValueFromPipeline = true)]
        public NumberReservation? Reservation { get; set; }

        [Parameter(ValueFromPipeline = true)]
        public AvailableNumber? AvailableNumber { get; set; }

        [Parameter(ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ReservationIdCompleter))]
        public string? ReservationId { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter AllowUnmetRequirements { get; set; }

        [Parameter]
        public SwitchParameter AllowRepeat { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (!OneThingToBuy()) return;
            if (Reservation != null || AvailableNumber != null || Group != null)
            {
                BuyOne();
                return;
            }

            // -Reservation is set from the id for this record only: it is not a piped parameter, so PowerShell would
            // leave it in place for the next row, and that row would buy this reservation again.
            if (!TryReadReservation()) return;
            try
            {
                BuyOne(readJustNow: Reservation);
            }
            finally
            {
                Reservation = null;
            }
        }

        /// <summary>Buys the one thing given; <paramref name="readJustNow"/> is a reservation this call has just read as active.</summary>
        private void BuyOne(NumberReservation? readJustNow = null)
        {
            var target = (object?)Reservation ?? (object?)AvailableNumber ?? Group;
            var record = (ProviderRecord)target!;
            if (!ConnectionFactory.Supports(record.Provider, DeclaredCapability))
            {
                WriteFailure(new CallerIdException(CallerIdErrorKind.NotSupported, $"Buying {record.Provider.DisplayName()} numbers is not supported by this version of the module."), target);
                return;
            }

            var connection = SingleConnection(Connection, DeclaredCapability, target, record.Provider);
            if (connection == null) return;

            // A number the journal already shows bought is refused from the journal alone, before planning reads the
            // account (a bought reservation is gone, and "expired" would hide that the number was bought).
            var known = (target as NumberReservation)?.PhoneNumber ?? (target as AvailableNumber)?.PhoneNumber;
            if (!string.IsNullOrEmpty(known) && !RefuseRepeat(connection, known!, target)) return;

            var options = new PurchaseOptions { Name = Name, ReservationReadJustNow = readJustNow };
            if (!Run(target, (output, ct) => connection.ClientAs<INumberSeller>().PlanPurchaseAsync(record, options, ct), out var plan)) return;
            _refusalNote = "";
            if (!MayBuy(connection, plan, target)) return;

            var price = Describe.Price(plan.SetupPrice, plan.MonthlyPrice, plan.Currency);
            var description = $"Buy {plan.Subject} from {Describe.Account(connection)} for {price}.{_refusalNote}";
            if (!Confirm(description, Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => plan.BuyAsync(ct), out var result))
            {
                WriteVerbose($"Bought {result.PhoneNumber} for {price}.");
                if (result.Message != null && (result.Status == PurchaseStatus.Pending || (Name != null && result.Name != Name)))
                {
                    // Bought, but not yet usable (documents) or not named as asked: the result says why, and so does a warning.
                    WriteWarning(result.Message);
                }

                WriteObject(result);
                _bought++;
                _progress ??= new ProgressReporter(this, WriteProgress, 2, "Buying numbers");
                _progress.Report(_bought, null, $"bought so far (last: {result.PhoneNumber})");
            }
        }

        protected override void EndProcessing() => _progress?.Complete();

        private bool OneThingToBuy()
        {
            var conflict = InputConflicts.OneOf(
                this,
                "buy",
                "number",
                (nameof(Reservation), Reservation),
                (nameof(AvailableNumber), AvailableNumber),
                (nameof(Group), Group),
                (nameof(ReservationId), ReservationId));
            if (conflict == null) return true;
            WriteFailure(conflict, conflict.OffendingValue);
            return false;
        }

        /// <summary>A reservation given by id (an Import-Csv row): read from 2Chat, so its price is known and it still stands.</summary>
        private bool TryReadReservation()
        {
            if (ReservationId == null)
            {
                WriteNothingToActOn(
                    "Say what to buy: pipe a reservation, an available number or a group, or give -ReservationId. Rows of exported numbers or groups are read again first: Import-Csv groups.csv | Get-AvailableNumber.");
                return false;
            }

            var connection = SingleConnection(Connection, DeclaredCapability, ReservationId, parameters: ProviderCapability.ReserveNumbers);
            if (connection == null) return false;
            var id = ReservationId;
            if (!Run(id, (output, ct) => connection.ClientAs<INumberReservations>().FindReservationAsync(id, ct), out var active)) return false;
            if (active == null)
            {
                // Only a reservation known to have existed has expired; an id this connection never saw may never have existed.
                var existed = connection.ClientAs<INumberReservations>().HasSeenReservation(id);
                WriteFailure(new CallerIdException(
                    existed ? CallerIdErrorKind.ReservationExpired : CallerIdErrorKind.NotFound,
                    existed
                        ? $"The reservation {Validation.Guard.Shorten(id)} on {Describe.Account(connection)} is no longer active: it expired, was cancelled or was bought; nothing was bought."
                        : $"There is no active reservation {Validation.Guard.Shorten(id)} on {Describe.Account(connection)}; nothing was bought.",
                    "Get-NumberReservation lists the active ones.") { OffendingValue = id }, id);
                return false;
            }

            Reservation = active;
            return true;
        }

        private ProgressReporter? _progress;
        private string _refusalNote = "";

        private int _bought;

        /// <summary>The checks before the prompt: a known price, met requirements (or -AllowUnmetRequirements), no earlier purchase (or -AllowRepeat).</summary>
        private bool MayBuy(CallerIdConnection connection, PurchasePlan plan, object? target)
        {
            if (!plan.PriceKnown)
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.NotFound,
                    $"{connection.ProviderName} did not state the price of {plan.Subject}, so nothing was bought.",
                    "Get-AvailableNumber, Find-NumberGroup or Get-NumberReservation show numbers with their prices; buy from those.") { OffendingValue = target }, target);
                return false;
            }

            if (plan.Requirements.Count > 0)
            {
                var listed = Describe.Requirements(plan.Requirements);
                if (!AllowUnmetRequirements.IsPresent && IsWhatIf())
                {
                    // -WhatIf shows the purchase it would refuse, with its price, and why.
                    _refusalNote = $" It would be refused (RequirementsUnmet): it needs {listed}; -AllowUnmetRequirements buys it anyway.";
                    return true;
                }

                if (!AllowUnmetRequirements.IsPresent)
                {
                    WriteFailure(new CallerIdException(
                        CallerIdErrorKind.RequirementsUnmet,
                        $"{plan.Subject} needs documents before it can be used: {listed}.",
                        $"Prepare these documents with {connection.ProviderName} first, or pass -AllowUnmetRequirements to buy now (the number may be suspended until they are provided).") { OffendingValue = target }, target);
                    return false;
                }

                WriteWarning($"{plan.Subject} needs documents before it can be used: {listed}. Buying anyway (-AllowUnmetRequirements); {connection.ProviderName} may suspend the number until they are provided.");
            }

            return plan.PhoneNumber == null || RefuseRepeat(connection, plan.PhoneNumber, target);
        }

        private bool RefuseRepeat(CallerIdConnection connection, string number, object? target) =>
            TryCheck(() => { connection.Unsafe?.Journal.RefuseRepeat(number, AllowRepeat.IsPresent); return true; }, target, out _);
    }
}
