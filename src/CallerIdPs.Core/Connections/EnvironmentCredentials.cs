using System;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>The runbook fallback: credentials from environment variables when none are passed.</summary>
    public static class EnvironmentCredentials
    {
        public const string TwoChatApiKey = "CALLERID_TWOCHAT_API_KEY";
        public const string IdentityCallApiKey = "CALLERID_IDENTITYCALL_API_KEY";
        public const string PlivoAuthId = "CALLERID_PLIVO_AUTH_ID";
        public const string PlivoAuthToken = "CALLERID_PLIVO_AUTH_TOKEN";
        public const string PlivoOwnAuthId = "PLIVO_AUTH_ID";
        public const string PlivoOwnAuthToken = "PLIVO_AUTH_TOKEN";
        public const string AppleClientId = "CALLERID_APPLE_CLIENT_ID";
        public const string AppleClientSecret = "CALLERID_APPLE_CLIENT_SECRET";
        public const string AppleOrganizationId = "CALLERID_APPLE_ORG_ID";
        public const string AppleBrandId = "CALLERID_APPLE_BRAND_ID";

        /// <summary>The credential the environment holds for a provider, or null.</summary>
        public static ProviderCredential? For(ProviderKind provider, Func<string, string?> variable)
        {
            switch (provider)
            {
                case ProviderKind.TwoChat: return Key(variable(TwoChatApiKey));
                case ProviderKind.IdentityCall: return Key(variable(IdentityCallApiKey));
                case ProviderKind.Plivo:
                    return Pair(variable(PlivoAuthId), variable(PlivoAuthToken))
                        ?? Pair(variable(PlivoOwnAuthId), variable(PlivoOwnAuthToken));
                case ProviderKind.AppleBusiness: return Pair(variable(AppleClientId), variable(AppleClientSecret));
                default: return null;
            }
        }

        /// <summary>Which variables would have supplied the credential, for the CredentialMissing message.</summary>
        public static string Names(ProviderKind provider)
        {
            switch (provider)
            {
                case ProviderKind.TwoChat: return TwoChatApiKey;
                case ProviderKind.IdentityCall: return IdentityCallApiKey;
                case ProviderKind.Plivo: return $"{PlivoAuthId} and {PlivoAuthToken} (or {PlivoOwnAuthId} and {PlivoOwnAuthToken})";
                case ProviderKind.AppleBusiness: return $"{AppleClientId} and {AppleClientSecret}";
                default: return "";
            }
        }

        private static ProviderCredential? Key(string? value) =>
            string.IsNullOrWhiteSpace(value) ? null : new ApiKeyCredential(Secret.FromPlainText(value!.Trim()));

        private static ProviderCredential? Pair(string? id, string? secret) =>
            string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(secret)
                ? null
                : new ClientCredential(id!.Trim(), Secret.FromPlainText(secret!.Trim()));
    }
}
