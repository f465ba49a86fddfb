using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Cmdlets.Numbers
{
    /// <summary>
    /// <para type="synopsis">Buys numbers: a 2Chat reservation, available number or random number of a group, or an IdentityCall
    /// or Plivo available number. Costs money: asks first, naming the number, the account and the price.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "NumberPurchase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ReservationSet)]
    [OutputType(typeof(NumberPurchaseResult))]
    public sealed class InvokeNumberPurchaseCommand : ConnectedCmdlet
    {
        private const string ReservationSet = "Reservation";
        private const string NumberSet = "AvailableNumber";
        private const string GroupSet = "Group";

        /// <summary><para type="description">A reservation from New-NumberReservation or Get-NumberReservation.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = ReservationSet, ValueFromPipeline = true)]
        public NumberReservation? Reservation { get; set; }

        /// <summary><para type="description">A number from Get-AvailableNumber (2Chat, IdentityCall or Plivo).</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = NumberSet, ValueFromPipeline = true)]
        public AvailableNumber? AvailableNumber { get; set; }

        /// <summary><para type="description">A group from Find-NumberGroup: a random number of it is reserved, then bought.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = GroupSet, ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        /// <summary><para type="description">Buy without asking, and buy even when the number's country requires documents
        /// that are not yet with the provider (the number may be suspended until they are). -WhatIf still only shows what would happen.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary><para type="description">IdentityCall and Plivo: the name the bought number gets (e.g. 'Sales'; Plivo's alias, set right after the purchase).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)Reservation ?? (object?)AvailableNumber ?? Group;
            var record = (ProviderRecord)target!;
            // 2Chat sells reservations, groups and numbers; the others sell the numbers Get-AvailableNumber found.
            if (record.Provider != ProviderKind.TwoChat && !(record is AvailableNumber))
            {
                WriteFailure(new CallerIdException(CallerIdErrorKind.NotSupported, $"Buying {record.Provider.DisplayName()} numbers is not supported by this version of the module."), target);
                return;
            }

            if (Name != null && record.Provider == ProviderKind.TwoChat)
            {
                WriteFailure(CallerIdException.InvalidInputFor($"-Name names IdentityCall and Plivo numbers; {record.Provider.DisplayName()} does not name a number when it is bought.", Name), target);
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.PurchaseNumbers, target, record.Provider);
            if (connection == null) return;

            PurchasePlan plan;
            if (record is AvailableNumber offered && connection.Client is INumberSeller seller)
            {
                plan = SellerPlan(seller, offered);
            }
            else if (!Prepare(connection, connection.ClientAs<TwoChatClient>(), record, out plan))
            {
                return;
            }

            if (plan.Requirements.Count > 0)
            {
                var listed = Describe.Requirements(plan.Requirements);
                if (!Force.IsPresent)
                {
                    WriteFailure(new CallerIdException(
                        CallerIdErrorKind.RequirementsUnmet,
                        $"{plan.Subject} needs documents before it can be used: {listed}.",
                        $"Prepare these documents with {record.Provider.DisplayName()} first, or pass -Force to buy now (the number may be suspended until they are provided)."), target);
                    return;
                }

                WriteWarning($"{plan.Subject} needs documents before it can be used: {listed}. Buying anyway (-Force); {record.Provider.DisplayName()} may suspend the number until they are provided.");
            }

            var price = Describe.Price(plan.SetupPrice, plan.MonthlyPrice, plan.Currency);
            var description = $"Buy {plan.Subject} from {Describe.Account(connection)} for {price}.";
            if (!Confirm(description, $"Buy {plan.Subject} for {price}?", Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => plan.Buy(ct), out var result))
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

        private ProgressReporter? _progress;
        private int _bought;

        /// <summary>IdentityCall and Plivo sell one number at the price it listed, with the requirements it listed; -Name names it.</summary>
        private PurchasePlan SellerPlan(INumberSeller seller, AvailableNumber number)
        {
            var name = Name;
            return new PurchasePlan(
                number.PhoneNumber + Describe.Where(number.Location, number.Type, number.Country) + (name == null ? "" : $" as '{name}'"),
                number.SetupPrice,
                number.MonthlyPrice,
                number.Currency,
                number.Requirements,
                ct => seller.PurchaseAsync(number, name, ct));
        }

        /// <summary>Works out what is being bought, at what price and with which requirements, before anything is spent.</summary>
        private bool Prepare(CallerIdConnection connection, TwoChatClient client, object target, out PurchasePlan plan)
        {
            plan = null!;
            if (Group != null)
            {
                var group = Group;
                plan = new PurchasePlan(
                    $"a random number of group {group.Id}{Describe.Where($"{group.Prefix} {group.Location}".Trim(), group.Type, group.Country)}",
                    group.SetupPrice,
                    group.MonthlyPrice,
                    group.Currency,
                    group.Requirements,
                    ct => client.PurchaseFromGroupAsync(group, ct));
                return true;
            }

            if (AvailableNumber != null)
            {
                var number = (TwoChatAvailableNumber)AvailableNumber;
                var order = NumberPurchaseOrder.From(number);
                plan = new PurchasePlan(
                    number.PhoneNumber + Describe.Where(number.Location, number.Type, number.Country),
                    number.SetupPrice,
                    number.MonthlyPrice,
                    number.Currency,
                    number.Requirements,
                    ct => client.PurchaseAsync(order, ct));
                return true;
            }

            var reservation = Reservation!;
            if (reservation.IsExpiredAt(DateTimeOffset.UtcNow))
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.ReservationExpired,
                    $"The reservation of {reservation.PhoneNumber} ({reservation.Id}) expired at {reservation.ExpiresAt?.ToLocalTime():g}; nothing was bought."), target);
                return false;
            }

            // A reservation made without its group's details (New-NumberReservation -GroupId) lacks the price: ask for it,
            // which also proves the reservation still stands.
            if (!reservation.MonthlyPrice.HasValue && !reservation.SetupPrice.HasValue)
            {
                if (!Run(target, (output, ct) => client.FindReservationAsync(reservation.Id, ct), out var active))
                {
                    return false;
                }

                if (active == null)
                {
                    WriteFailure(new CallerIdException(
                        CallerIdErrorKind.ReservationExpired,
                        $"The reservation of {reservation.PhoneNumber} ({reservation.Id}) is no longer active on {Describe.Account(connection)}; nothing was bought."), target);
                    return false;
                }

                reservation = active;
            }

            var requirements = (IReadOnlyList<NumberRequirement>)reservation.Requirements;
            if (requirements.Count == 0 && reservation.NeedsRegistration == true && reservation.Country != null && reservation.Type.HasValue)
            {
                var country = reservation.Country;
                var type = reservation.Type.Value;
                if (!Run(target, (output, ct) => client.ListRequirementsAsync(country, type, ct), out requirements))
                {
                    return false;
                }
            }

            var reserved = reservation;
            plan = new PurchasePlan(
                $"{reserved.PhoneNumber}{Describe.Where(reserved.Location, reserved.Type, reserved.Country)}",
                reserved.SetupPrice,
                reserved.MonthlyPrice,
                reserved.Currency,
                requirements,
                ct => client.PurchaseReservationAsync(reserved, ct));
            return true;
        }

        private sealed class PurchasePlan
        {
            public PurchasePlan(string subject, decimal? setupPrice, decimal? monthlyPrice, string currency, IReadOnlyList<NumberRequirement> requirements, Func<CancellationToken, Task<NumberPurchaseResult>> buy)
            {
                Subject = subject;
                SetupPrice = setupPrice;
                MonthlyPrice = monthlyPrice;
                Currency = currency;
                Requirements = requirements;
                BuyWith = buy;
            }

            public string Subject { get; }

            public decimal? SetupPrice { get; }

            public decimal? MonthlyPrice { get; }

            public string Currency { get; }

            public IReadOnlyList<NumberRequirement> Requirements { get; }

            private Func<CancellationToken, Task<NumberPurchaseResult>> BuyWith { get; }

            public Task<NumberPurchaseResult> Buy(CancellationToken cancellationToken) => BuyWith(cancellationToken);
        }
    }
}
