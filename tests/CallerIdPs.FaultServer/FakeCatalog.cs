using System.Collections.Generic;

namespace CallerIdPs.FaultServer
{
    /// <summary>What the fake providers sell and list, for tests to name in their assertions.</summary>
    public static class FakeCatalog
    {
        public static string TwoChatGbGroupId => TwoChatFake.Gb.Id;

        /// <summary>GB mobile numbers, no documents needed, setup 1.00 and monthly 3.50 USD.</summary>
        public static IReadOnlyList<string> TwoChatGbNumbers => TwoChatFake.Gb.Numbers;

        public static string TwoChatDeGroupId => TwoChatFake.De.Id;

        /// <summary>Berlin numbers whose group requires a proof of address; setup 2.00 and monthly 4.00 USD.</summary>
        public static IReadOnlyList<string> TwoChatDeNumbers => TwoChatFake.De.Numbers;

        public static string TwoChatDeRequirement => TwoChatFake.De.Requirements[0];

        public const string TwoChatPurchasePath = "/open/numbers/purchase";

        public const string TwoChatCallerIdsPath = "/open/voip/caller-ids";

        public const string TwoChatVirtualNumbersPath = "/open/voip/virtual-numbers";

        public static IReadOnlyList<string> IdentityCallForSale => IdentityCallFake.ForSale;

        public const string IdentityCallPurchasePath = "/api/v1/public/virtual_numbers/purchase";

        public static string PlivoListPath(FaultScenario scenario) => "/v1/Account/" + scenario.Plivo.AuthId + "/VerifiedCallerId/";

        public static string AppleListPath(FaultScenario scenario) => $"/api/v1/orgs/{scenario.Apple.OrganizationId}/brands/{scenario.Apple.BrandId}/caller-ids";
    }
}
