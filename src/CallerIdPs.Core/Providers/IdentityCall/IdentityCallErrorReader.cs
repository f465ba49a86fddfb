using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>IdentityCall errors: {"error": "…"}, or {"errors": ["…", "…"]} on a 422. No request id.</summary>
    internal sealed class IdentityCallErrorReader : JsonErrorReader
    {
        protected override void Fill(ProviderError error, JsonElement root) => error.Message = IdentityCallParser.ErrorMessage(root);
    }
}
