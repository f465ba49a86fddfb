using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>Purchase answers, in either documented shape.</summary>
    internal static partial class TwoChatParser
    {
        /// <summary>
        /// Reads a purchase answer in either documented shape: the vendor's {purchased:[…], failed:[…]} lists, or the
        /// docs' bare {success:true}. Returns what the answer says about <paramref name="number"/>.
        /// </summary>
        public static PurchaseAnswer Purchase(JsonDocument document, RecordOrigin origin, string number)
        {
            var root = document.RootElement;
            var body = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
            var hasLists = body.TryGetProperty("purchased", out _) || body.TryGetProperty("failed", out _);
            if (!hasLists)
            {
                return PurchaseAnswer.Succeeded(null, MessageOf(body));
            }

            foreach (var failed in Items(body, "failed"))
            {
                if (NumberOf(failed) == number)
                {
                    return PurchaseAnswer.Failed(MessageOf(failed) ?? "The number could not be bought.");
                }
            }

            foreach (var purchased in Items(body, "purchased"))
            {
                if (NumberOf(purchased) == number)
                {
                    var owned = purchased.ValueKind == JsonValueKind.Object ? VirtualNumber(purchased, origin) : null;
                    return PurchaseAnswer.Succeeded(owned, MessageOf(body));
                }
            }

            return PurchaseAnswer.NotMentioned();
        }

        private static string? NumberOf(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.String) return element.GetString();
            foreach (var name in new[] { "phone_number", "number" })
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }
    }

    internal sealed class PurchaseAnswer
    {
        private PurchaseAnswer(bool? bought, TwoChatVirtualNumber? owned, string? message)
        {
            Bought = bought;
            Owned = owned;
            Message = message;
        }

        /// <summary>True bought, false refused, null the answer did not mention the number.</summary>
        public bool? Bought { get; }

        public TwoChatVirtualNumber? Owned { get; }

        public string? Message { get; }

        public static PurchaseAnswer Succeeded(TwoChatVirtualNumber? owned, string? message) => new PurchaseAnswer(true, owned, message);

        public static PurchaseAnswer Failed(string message) => new PurchaseAnswer(false, null, message);

        public static PurchaseAnswer NotMentioned() => new PurchaseAnswer(null, null, null);
    }
}
