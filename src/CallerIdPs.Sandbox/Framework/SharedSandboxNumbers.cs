namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// Numbers the four sandboxes share, added on top of each one's seed (nothing seeded before changes), so that
    /// Get-NumberInventory over all four shows how accounts overlap and demonstrates every finding.
    /// </summary>
    internal static class SharedSandboxNumbers
    {
        /// <summary>2Chat's seeded "Sales" number (the first US local number its catalogue sells), rented on IdentityCall too: OwnedTwice.</summary>
        public const string RentedOnTwoChatAndIdentityCall = "+12135321603";

        /// <summary>Released on 2Chat (which has dropped its VN caller ID) and still branded on Apple: ReleasedButCallerId.</summary>
        public const string ReleasedOnTwoChatBrandedOnApple = "+14155550186";

        /// <summary>IdentityCall's toll-free support line ("Toll-free Support"), branded on Apple: a shared number with nothing wrong.</summary>
        public const string RentedOnIdentityCallBrandedOnApple = "+18885550199";
    }
}
