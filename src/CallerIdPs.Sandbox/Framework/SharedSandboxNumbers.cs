namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// Numbers the four sandboxes share, added on top of each one's seed (nothing seeded before changes), so that
    /// Get-NumberInventory over all four shows how accounts overlap and demonstrates every finding. Which sandbox holds
    /// each number, and how, is said where it is used (each provider's sandbox state).
    /// </summary>
    internal static class SharedSandboxNumbers
    {
        /// <summary>Rented on two accounts (one sandbox's seeded "Sales" number, another rents it too): OwnedTwice.</summary>
        public const string RentedOnTwoAccounts = "+12135321603";

        /// <summary>Released on one account (which has dropped its caller ID for it) and still a branded caller ID on another: ReleasedButCallerId.</summary>
        public const string ReleasedButBranded = "+14155550186";

        /// <summary>A toll-free support line rented on one account and branded on another: a shared number with nothing wrong.</summary>
        public const string RentedAndBranded = "+18885550199";
    }
}
