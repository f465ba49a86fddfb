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
        public static void Check(ConnectionRequest request, ProviderConnector connector)
        {
            switch (request.Credential)
            {
                case ApiKeyCredential key:
                    Printable(key.Key.Reveal(), "ApiKey", "The API key", request.Provider);
                    break;
                case ClientCredential client:
                    var shape = connector.CredentialShape;
                    Printable(client.Id, "Credential", "The " + shape.IdName, request.Provider);
                    Printable(client.Secret.Reveal(), "Credential", "The " + shape.SecretName, request.Provider);
                    break;
            }

            connector.CheckCredential(request);
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
        internal static CallerIdException Refused(string parameter, string message, string hint) =>
            new CallerIdException(CallerIdErrorKind.InvalidInput, message, hint) { OffendingValue = parameter };
    }
}
