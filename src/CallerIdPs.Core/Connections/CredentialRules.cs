using System.Text.RegularExpressions;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// What a credential may contain, checked before any request: a key, token or id goes into a request header (and
    /// Plivo's Auth ID into every path), so a line break would add headers of its own, a non-ASCII character cannot be
    /// sent at all, and '..' or '/' in an Auth ID would send the Basic credential to another path. The refusal names
    /// the parameter, never the value.
    /// </summary>
    internal static class CredentialRules
    {
        /// <summary>Plivo's Auth IDs: MA (main account) or SA (subaccount) and 18 capitals or digits.</summary>
        private static readonly Regex PlivoAuthId = new Regex("^(MA|SA)[A-Z0-9]{18}$", RegexOptions.CultureInvariant);

        public static void Check(ConnectionRequest request)
        {
            switch (request.Credential)
            {
                case ApiKeyCredential key:
                    Printable(key.Key.Reveal(), "ApiKey", "The API key", request.Provider);
                    break;
                case ClientCredential client:
                    var (idName, secretName) = request.Provider == ProviderKind.Plivo ? ("Auth ID", "Auth Token") : ("client id", "client secret");
                    Printable(client.Id, "Credential", "The " + idName, request.Provider);
                    Printable(client.Secret.Reveal(), "Credential", "The " + secretName, request.Provider);
                    if (request.Provider == ProviderKind.Plivo && !PlivoAuthId.IsMatch(client.Id))
                    {
                        throw Refused(
                            "Credential",
                            "The Plivo Auth ID does not have the shape Plivo gives them: MA or SA followed by 18 capital letters and digits.",
                            "Copy the Auth ID from the Plivo console (it is the user name of -Credential, or CALLERID_PLIVO_AUTH_ID).");
                    }

                    break;
            }
        }

        private static void Printable(string value, string parameter, string what, ProviderKind provider)
        {
            foreach (var c in value)
            {
                if (c < 0x20 || c == 0x7F)
                {
                    throw Refused(parameter, $"{what} for {provider.DisplayName()} contains a line break or another control character, which would change the request's headers.", CopyHint);
                }

                if (c > 0x7E)
                {
                    throw Refused(parameter, $"{what} for {provider.DisplayName()} contains a character outside ASCII (a typographic quote or dash, a non-breaking space?), which cannot be sent in a header.", CopyHint);
                }
            }
        }

        private const string CopyHint = "Copy the credential again from the provider's console, as plain text, and connect again; nothing was sent.";

        // The parameter's name is the target: the value is a secret and must not reach the error record.
        private static CallerIdException Refused(string parameter, string message, string hint) =>
            new CallerIdException(CallerIdErrorKind.InvalidInput, message, hint) { OffendingValue = parameter };
    }
}
