using System;
using System.Net.Http;

namespace CallerIdPs.Http
{
    /// <summary>What ProviderApi tells the pipeline's stages about a request, carried on the HttpRequestMessage.</summary>
    internal static class MessageMarks
    {
        private const string RequestKey = "CallerId.ApiRequest";
        private const string DeadlineKey = "CallerId.Deadline";

#pragma warning disable CS0618 // HttpRequestMessage.Properties is the only bag netstandard2.0 has; Options does not exist there.
        public static void Mark(HttpRequestMessage message, ApiRequest request, DateTimeOffset deadline)
        {
            message.Properties[RequestKey] = request;
            message.Properties[DeadlineKey] = deadline;
        }

        /// <summary>Whether the request may be sent again: only reads and writes marked idempotent. Unmarked: only GET.</summary>
        public static bool IsSafeToRepeat(HttpRequestMessage message) =>
            message.Properties.TryGetValue(RequestKey, out var value) && value is ApiRequest api
                ? api.IsIdempotent
                : message.Method == HttpMethod.Get;

        /// <summary>When the whole call (every attempt and wait) must be over.</summary>
        public static DateTimeOffset? DeadlineOf(HttpRequestMessage message) =>
            message.Properties.TryGetValue(DeadlineKey, out var value) && value is DateTimeOffset deadline ? deadline : (DateTimeOffset?)null;
#pragma warning restore CS0618
    }
}
