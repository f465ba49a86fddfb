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

        public override string ToString() => PhoneNumber;
    }
}
