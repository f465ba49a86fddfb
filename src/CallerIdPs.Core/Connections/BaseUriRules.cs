using System;
using CallerIdPs.Errors;
using CallerIdPs.Validation;

namespace CallerIdPs.Connections
{
    /// <summary>-BaseUri replaces scheme, host and port and nothing else; plain http only to this machine.</summary>
    public static class BaseUriRules
    {
        public static Uri Origin(Uri baseUri)
        {
            if (!baseUri.IsAbsoluteUri)
            {
                throw Invalid(baseUri, "must be an absolute URL such as https://api.example.com or http://127.0.0.1:5000.");
            }

            if (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            {
                throw Invalid(baseUri, $"uses '{baseUri.Scheme}'; only https (or http to this machine) is allowed.");
            }

            if (!string.IsNullOrEmpty(baseUri.UserInfo))
            {
                throw Invalid(baseUri, "must not carry a user name or password; pass credentials with -ApiKey or -Credential.");
            }

            if (baseUri.AbsolutePath != "/" || !string.IsNullOrEmpty(baseUri.Query) || !string.IsNullOrEmpty(baseUri.Fragment))
            {
                throw Invalid(baseUri, "replaces only the scheme, host and port of the provider's URLs; remove the path, query or fragment.");
            }

            if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            {
                throw Invalid(baseUri, "uses plain http to another machine; credentials would travel unencrypted. Use https (plain http is allowed only to 127.0.0.1, ::1 or localhost).");
            }

            return new Uri(baseUri.GetLeftPart(UriPartial.Authority) + "/");
        }

        private static CallerIdException Invalid(Uri baseUri, string problem) =>
            CallerIdException.InvalidInput(baseUri, $"BaseUri '{Guard.Shorten(baseUri.OriginalString)}' {problem}");
    }
}
