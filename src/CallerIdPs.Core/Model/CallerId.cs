using System;

namespace CallerIdPs.Model
{
    /// <summary>A number the account may present as caller ID. Providers add their own properties in subclasses.</summary>
    public abstract class CallerId : ProviderRecord
    {
        public string Id { get; internal set; } = "";

        /// <summary>E.164 text, e.g. +14155550100.</summary>
        public string PhoneNumber { get; internal set; } = "";

        /// <summary>Display name: 2Chat's friendly name, Plivo's alias.</summary>
        public string? Name { get; internal set; }

        /// <summary>ISO 3166 alpha-2.</summary>
        public string? Country { get; internal set; }

        public DateTimeOffset? CreatedAt { get; internal set; }

        public DateTimeOffset? UpdatedAt { get; internal set; }

        /// <summary>Whether the number may be presented, in one word for every provider (the table's Status column, for
        /// Group-Object Status): Verified or Unverified; Apple Business's review state.</summary>
        public virtual string Status => "Verified";

        // What the inventory reads of any caller ID (Inventory/CallerIdUse); each provider's type overrides what it has.

        /// <summary>True or false where the provider says; null where it brands instead of verifying.</summary>
        internal virtual bool? VerifiedForInventory => null;

        internal virtual bool IsBranded => false;

        /// <summary>Refused by the provider's review (its <see cref="Status"/> says how).</summary>
        internal virtual bool IsRejected => false;

        /// <summary>Still presented, or on its way to be.</summary>
        internal virtual bool IsLive => true;

        internal virtual DateTimeOffset? ExpiresForInventory => null;

        /// <summary>What kind of caller ID it is at its provider, for the inventory's label.</summary>
        internal virtual string InventoryDetail => "caller ID";

        public override string ToString() => PhoneNumber;
    }
}
