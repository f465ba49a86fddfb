namespace CallerIdPs.Model
{
    /// <summary>A region of a country where numbers are sold (US states, Canadian provinces, UK regions).</summary>
    public sealed class NumberRegion : ProviderRecord
    {
        public int Id { get; internal set; }

        /// <summary>Same as <see cref="Id"/>: the name under which Get-NumberCity and Find-NumberGroup bind it.</summary>
        public int RegionId => Id;

        public string Name { get; internal set; } = "";

        public string Country { get; internal set; } = "";

        public override string ToString() => Name;
    }

    /// <summary>A city of a region where numbers are sold.</summary>
    public sealed class NumberCity : ProviderRecord
    {
        public int Id { get; internal set; }

        /// <summary>Same as <see cref="Id"/>: the name under which Find-NumberGroup binds it.</summary>
        public int CityId => Id;

        public string Name { get; internal set; } = "";

        public string Country { get; internal set; } = "";

        /// <summary>The region the city was listed under.</summary>
        public int? RegionId { get; internal set; }

        public override string ToString() => Name;
    }

    /// <summary>One of the provider's number (DID) types, with the provider's id for it.</summary>
    public sealed class DidType : ProviderRecord
    {
        public int Id { get; internal set; }

        /// <summary>The provider's name for the type, e.g. "tollfree".</summary>
        public string Name { get; internal set; } = "";

        public NumberType? Type { get; internal set; }

        public override string ToString() => Name;
    }

    /// <summary>A regulatory requirement (documents) for numbers of a country and type.</summary>
    public sealed class NumberRequirement : ProviderRecord
    {
        public string Description { get; internal set; } = "";

        public string? Country { get; internal set; }

        public NumberType? Type { get; internal set; }

        /// <summary>The group the requirement was listed on, when it came with a group.</summary>
        public string? GroupId { get; internal set; }

        public override string ToString() => Description;
    }
}
