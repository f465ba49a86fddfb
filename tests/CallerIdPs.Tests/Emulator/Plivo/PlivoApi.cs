using System;
using System.Text;
using System.Text.Json.Nodes;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>Drives a <see cref="PlivoEmulator"/> directly, the way Plivo's SDKs call the real API.</summary>
    internal sealed class PlivoApi
    {
        public const string Sub1 = "SASANDBOXSUB00000001";
        public const string Sub2 = "SASANDBOXSUB00000002";
        public const string Main = PlivoEmulatorOptions.DefaultAuthId;

        public PlivoApi(PlivoEmulatorOptions? options = null)
        {
            Emulator = new PlivoEmulator(options, new EmulatorClock());
        }

        public PlivoEmulator Emulator { get; }

        /// <summary>Who the requests authenticate as; the path uses the same id unless a test says otherwise.</summary>
        public string AuthId { get; set; } = Main;

        public string Token { get; set; } = PlivoEmulatorOptions.DefaultAuthToken;

        public PlivoApi As(string subaccount)
        {
            AuthId = subaccount;
            Token = "token-" + subaccount;
            return this;
        }

        public PlivoApi AsMain()
        {
            AuthId = Main;
            Token = PlivoEmulatorOptions.DefaultAuthToken;
            return this;
        }

        /// <summary>The collection path, "/v1/Account/{id}/VerifiedCallerId/", plus <paramref name="rest"/>.</summary>
        public string PathFor(string rest = "", string? pathAuthId = null) => $"/v1/Account/{pathAuthId ?? AuthId}/VerifiedCallerId/{rest}";

        public Reply Send(string method, string path, string? query = null, string? json = null, bool authenticate = true, string? authorization = null) =>
            EmulatorCall.Send(Emulator, method, path, query, json, authorization ?? (authenticate ? Basic(AuthId, Token) : null));

        public static string Basic(string id, string token) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + token));

        public Reply Start(string phone, string? alias = null, string? channel = null, string? subaccount = null)
        {
            var body = new JsonObject { ["phone_number"] = phone };
            if (alias != null) body["alias"] = alias;
            if (channel != null) body["channel"] = channel;
            if (subaccount != null) body["subaccount"] = subaccount;
            return Send("POST", PathFor(), json: body.ToJsonString());
        }

        public Reply Complete(string uuid, string otp) =>
            Send("POST", PathFor($"Verification/{uuid}/"), json: new JsonObject { ["otp"] = otp }.ToJsonString());

        /// <summary>Start and complete with the sandbox OTP; returns the completion reply.</summary>
        public Reply Verify(string phone, string? alias = null, string? channel = null, string? subaccount = null)
        {
            var started = Start(phone, alias, channel, subaccount);
            Assert.Equal(201, started.Status);
            return Complete(started["verification_uuid"]!, PlivoEmulatorOptions.SandboxOtp);
        }

        public Reply Get(string phoneInPath) => Send("GET", PathFor(phoneInPath + "/"));

        public Reply List(string? query = null) => Send("GET", PathFor(), query);

        /// <summary>Follows a meta.next/previous link ("/v1/Account/…/?limit=…").</summary>
        public Reply Follow(string link)
        {
            var q = link.IndexOf('?');
            return Send("GET", q < 0 ? link : link.Substring(0, q), q < 0 ? null : link.Substring(q));
        }

        public Reply Update(string phoneInPath, string json) => Send("POST", PathFor(phoneInPath + "/"), json: json);

        public Reply Delete(string phoneInPath) => Send("DELETE", PathFor(phoneInPath + "/"));
    }
}
