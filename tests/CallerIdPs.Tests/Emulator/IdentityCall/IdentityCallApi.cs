using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.IdentityCall;

namespace CallerIdPs.Tests.Emulator.IdentityCall
{
    /// <summary>Drives an <see cref="IdentityCallEmulator"/> directly, the way a client of IdentityCall's API calls it.</summary>
    internal sealed class IdentityCallApi
    {
        public const string Base = "/api/v1/public/virtual_numbers";

        public IdentityCallApi(IdentityCallEmulatorOptions? options = null)
        {
            Emulator = new IdentityCallEmulator(options, new EmulatorClock());
        }

        public IdentityCallEmulator Emulator { get; }

        /// <summary>The key requests carry; the account-wide full key unless a test says otherwise.</summary>
        public string Key { get; set; } = IdentityCallEmulatorOptions.AccountKey;

        public IdentityCallApi As(string key)
        {
            Key = key;
            return this;
        }

        /// <summary>Sends with the <see cref="Key"/> as a bearer token; <paramref name="authorization"/> null sends none, any other value is sent as is.</summary>
        public Reply Send(string method, string path, string? query = null, string? json = null, string? authorization = "") =>
            EmulatorCall.Send(Emulator, method, path, query, json, authorization == "" ? "Bearer " + Key : authorization);

        public Reply List() => Send("GET", Base);

        public Reply Get(object id) => Send("GET", $"{Base}/{id}");

        public Reply Patch(object id, string json) => Send("PATCH", $"{Base}/{id}", json: json);

        public Reply Available(string? query = null) => Send("GET", Base + "/available", query);

        public Reply Purchase(string json, string path = Base + "/purchase") => Send("POST", path, json: json);

        public Reply AddOperator(object id, string json) => Send("POST", $"{Base}/{id}/add_operator", json: json);

        public Reply RemoveOperator(object id, object operatorId) => Send("DELETE", $"{Base}/{id}/remove_operator", $"?operator_id={operatorId}");
    }
}
