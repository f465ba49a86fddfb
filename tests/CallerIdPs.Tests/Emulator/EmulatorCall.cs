using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Tests.Emulator
{
    /// <summary>One request to an emulator, in process, the way a client of the provider's API sends it.</summary>
    internal static class EmulatorCall
    {
        /// <summary>Sends <paramref name="json"/> (if any) as the body, with <paramref name="authorization"/> (if any) as the Authorization header.</summary>
        public static Reply Send(IApiEmulator emulator, string method, string path, string? query, string? json, string? authorization)
        {
            var headers = new Dictionary<string, string>();
            if (authorization != null)
            {
                headers["Authorization"] = authorization;
            }

            if (json != null)
            {
                headers["Content-Type"] = "application/json";
            }

            var body = json == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(json);
            var request = new EmulatorRequest(method, path, query, headers, body);
            var response = Task.Run(() => emulator.HandleAsync(request, CancellationToken.None)).GetAwaiter().GetResult();
            return new Reply(response);
        }
    }

    /// <summary>An answer from the emulator, with its body parsed when it is JSON.</summary>
    internal sealed class Reply
    {
        public Reply(EmulatorResponse response)
        {
            Status = response.Status;
            Text = response.BodyText;
            Headers = response.Headers;
            Json = Text.Length > 0 ? JsonNode.Parse(Text) : null;
        }

        public int Status { get; }

        public string Text { get; }

        public JsonNode? Json { get; }

        public IDictionary<string, string> Headers { get; }

        public string? this[string name] => Json?[name]?.GetValue<string>();

        public string? Error => this["error"];
    }
}
