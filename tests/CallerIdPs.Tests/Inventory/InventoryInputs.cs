using System;
using System.Text.Json;
using CallerIdPs.Inventory;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Inventory
{
    /// <summary>Hand-made provider records for the inventory's join and findings: only the fields each test needs.</summary>
    internal static class InventoryInputs
    {
        public static readonly DateTimeOffset Now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public static InventoryRules Rules(int withinDays = 30, string[]? numberSources = null, string[]? unread = null) =>
            new InventoryRules(Now, TimeSpan.FromDays(withinDays), numberSources ?? new[] { "TwoChat", "IdentityCall", "Plivo" }, unread);

        public static TwoChatVirtualNumber TwoChatNumber(string phone, VirtualNumberStatus status = VirtualNumberStatus.Active, DateTimeOffset? expires = null, string connection = "TwoChat")
        {
            var number = new TwoChatVirtualNumber { Id = "DID" + phone, PhoneNumber = phone, Country = "us", Active = status == VirtualNumberStatus.Active, Status = status, ExpiresAt = expires, CreatedAt = Now.AddDays(-90) };
            return Stamp(number, ProviderKind.TwoChat, connection);
        }

        public static IdentityCallVirtualNumber IdentityCallNumber(string phone, bool active = true, string connection = "IdentityCall")
        {
            var number = new IdentityCallVirtualNumber { Id = "7", PhoneNumber = phone, Country = "US", Active = active };
            return Stamp(number, ProviderKind.IdentityCall, connection);
        }

        /// <summary>A number of a provider that lists prices and renewal dates (Plivo's rented numbers), known to the inventory only as a VirtualNumber.</summary>
        public static VirtualNumber PricedNumber(string phone, decimal? monthly, string? currency, DateTimeOffset? renews = null, VirtualNumberStatus? status = null, string connection = "Plivo")
        {
            var number = new AnyProviderNumber { Id = phone, PhoneNumber = phone, Country = "US", Active = true, MonthlyPrice = monthly, Currency = currency, RenewsAt = renews };
            if (status.HasValue) number.Status = status.Value;
            return Stamp(number, ProviderKind.Plivo, connection);
        }

        public static TwoChatCallerId TwoChatCallerId(string phone, CallerIdType type = CallerIdType.CI, bool verified = true, DateTimeOffset? expires = null, string connection = "TwoChat") =>
            Stamp(new TwoChatCallerId { Id = "VCI" + phone, PhoneNumber = phone, Country = "US", Type = type, Verified = verified, ExpiresAt = expires }, ProviderKind.TwoChat, connection);

        public static PlivoCallerId PlivoCallerId(string phone, string connection = "Plivo") =>
            Stamp(new PlivoCallerId { Id = phone, PhoneNumber = phone, Country = "US" }, ProviderKind.Plivo, connection);

        public static AppleCallerId AppleCallerId(string phone, AppleCallerIdState? state = AppleCallerIdState.Published, string connection = "AppleBusiness") =>
            Stamp(new AppleCallerId { Id = "94678950787426" + phone.Substring(phone.Length - 5), PhoneNumber = phone, Country = "US", State = state }, ProviderKind.AppleBusiness, connection);

        /// <summary>A virtual number type the inventory has never heard of: it must join on the shared properties alone.</summary>
        private sealed class AnyProviderNumber : VirtualNumber
        {
        }

        private static T Stamp<T>(T record, ProviderKind provider, string connection)
            where T : ProviderRecord
        {
            record.SetOrigin(new RecordOrigin(provider, connection), default(JsonElement));
            return record;
        }
    }
}
